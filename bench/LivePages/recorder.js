// Runs in every page before the app's own scripts (Playwright init script). The bench replaces __KIND__ with the
// page's kind. It writes down, in the machine's wall clock (Date.now(), the clock the bench reads too, so times
// compare across processes; performance.now() runs on each page's own origin and may drift from the wall clock),
// the first moment each watched value on the page changed, and the moment of every click on the page. The bench
// asks afterwards when a value became what a move should make it; nothing is polled.
(() => {
  const kind = '__KIND__';
  const text = (selector) => {
    const e = document.querySelector(selector);
    return e ? e.textContent.trim() : null;
  };
  const attr = (selector, name) => {
    const e = document.querySelector(selector);
    return e ? e.getAttribute(name) : null;
  };
  const exists = (selector) => (document.querySelector(selector) ? 'yes' : null);
  const watched = {
    wall: {
      nowNumber: () => text("[data-testid='display-now-number']"),
      nowSequence: () => attr("[data-testid='display-now']", 'data-sequence'),
    },
    console: {
      current: () => text("[data-testid='current-number']"),
      none: () => exists("[data-testid='current-none']"),
      // The label of the visitor's clock on the card: "Lama layanan" once service has started (in both the console
      // before and after the engine rewrite, whose buttons differ: the older one disables "recall", the newer one
      // removes it and disables every button while a move runs).
      timerLabel: () => text("[data-testid='service-timer'] .counter-timer-label"),
      // The numbers on the waiting list (it shows the first 60), in the order they would be called.
      waiting: () => Array.from(document.querySelectorAll("[data-testid='waiting-row']")).map((r) => r.getAttribute('data-number')).join(' '),
    },
    phone: {
      status: () => attr("[data-testid='ticket-page']", 'data-status'),
    },
    kiosk: {},
  }[kind] || {};

  const last = {};
  const log = [];
  let waiters = [];
  const look = () => {
    const at = Date.now();
    for (const key in watched) {
      const value = watched[key]();
      if (value !== last[key]) {
        last[key] = value;
        log.push({ key, value, at });
      }
    }
    if (waiters.length > 0) {
      waiters = waiters.filter((w) => {
        const hit = log.find(w.match);
        if (hit) {
          clearTimeout(w.timer);
          w.resolve({ at: hit.at, value: hit.value });
        }
        return !hit;
      });
    }
  };

  window.__lp = {
    kind,
    pressedAt: 0,
    // The moment (and value) `key` first took a value that satisfies `mode` at or after `since`: 'any' any value,
    // 'eq' exactly `value`, 'has' a space-separated list holding `value`; at 0 when not within `timeoutMs`.
    when: (key, since, mode, value, timeoutMs) => new Promise((resolve) => {
      const match = (e) => e.key === key && e.at >= since && e.value !== null
        && (mode === 'any' || (mode === 'eq' && e.value === value) || (mode === 'has' && e.value.split(' ').includes(value)));
      look();
      const hit = log.find(match);
      if (hit) {
        resolve({ at: hit.at, value: hit.value });
        return;
      }
      const w = { match, resolve };
      w.timer = setTimeout(() => {
        waiters = waiters.filter((x) => x !== w);
        resolve({ at: 0, value: null });
      }, timeoutMs);
      waiters.push(w);
    }),
    value: (key) => (watched[key] ? watched[key]() : null),
    // For a move that was not seen: the last changes of the key and the messages on screen.
    trail: (key) => ({
      changes: log.filter((e) => e.key === key).slice(-6),
      now: watched[key] ? watched[key]() : null,
      messages: Array.from(document.querySelectorAll('.mud-snackbar')).map((e) => e.textContent.trim()),
    }),
  };

  // The capture phase on window sees a click before Blazor's own handler does.
  window.addEventListener('click', () => { window.__lp.pressedAt = Date.now(); }, true);
  new MutationObserver(look).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();
