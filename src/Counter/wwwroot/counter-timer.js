// The console's running clocks ("4:07" since the visitor was called) and the minutes each waiting visitor has waited
// ("12 mnt") tick here, in the browser, once a second: the server renders each with the moment it counts from and its
// own time then, and renders again only when something else changes (the warning past the standard time is the
// server's). One interval serves every clock on the page.
const seen = new WeakMap();

function format(ms) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

// Whole minutes, rounded as the server rounds them (CounterLabels.Minutes), in the page's own words ("{0} mnt").
function minutes(ms, words) {
  return words.replace("{0}", String(Math.round(Math.max(0, ms) / 60000)));
}

// How long since the element's moment, by the browser's clock from the moment the server rendered it.
function elapsed(element, since) {
  const renderedAt = Number(element.dataset.mppAt);
  let mark = seen.get(element);
  if (!mark || mark.renderedAt !== renderedAt) {
    mark = { renderedAt, here: Date.now() };
    seen.set(element, mark);
  }

  return renderedAt - since + (Date.now() - mark.here);
}

// The text node Blazor rendered is changed in place, never replaced: Blazor keeps a reference to it.
function show(element, text) {
  const node = element.firstChild;
  if (node && node.nodeType === Node.TEXT_NODE && node.nodeValue !== text) {
    node.nodeValue = text;
  }
}

function tick() {
  for (const clock of document.querySelectorAll("[data-mpp-since]")) {
    show(clock, format(elapsed(clock, Number(clock.dataset.mppSince))));
  }

  for (const waited of document.querySelectorAll("[data-mpp-waited-since]")) {
    show(waited, minutes(elapsed(waited, Number(waited.dataset.mppWaitedSince)), waited.dataset.mppWords || "{0}"));
  }
}

setInterval(tick, 1000);

export function start() {
  tick();
}
