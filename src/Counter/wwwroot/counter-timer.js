// The console's running clocks ("4:07" since the visitor was called) tick here, in the browser, once a second:
// the server renders each clock with the moment it counts from and its own time then, and renders again only when
// something else changes (the warning past the standard time is the server's). One interval serves every clock.
const seen = new WeakMap();

function format(ms) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

function tick() {
  for (const clock of document.querySelectorAll("[data-mpp-since]")) {
    const since = Number(clock.dataset.mppSince);
    const renderedAt = Number(clock.dataset.mppAt);
    let mark = seen.get(clock);
    if (!mark || mark.renderedAt !== renderedAt) {
      mark = { renderedAt, here: Date.now() };
      seen.set(clock, mark);
    }

    // The text node Blazor rendered is changed in place, never replaced: Blazor keeps a reference to it.
    const text = format(renderedAt - since + (Date.now() - mark.here));
    const node = clock.firstChild;
    if (node && node.nodeType === Node.TEXT_NODE && node.nodeValue !== text) {
      node.nodeValue = text;
    }
  }
}

setInterval(tick, 1000);

export function start() {
  tick();
}
