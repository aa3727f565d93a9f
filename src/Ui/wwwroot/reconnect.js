// Unattended screens recover by themselves. Nobody is there to press "retry" or "reload", so:
// - while the server is unreachable the page keeps what it shows (with a small "menyambung kembali" mark) and
//   keeps retrying every few seconds, for as long as it takes, on a timer: the framework's own "failed" path
//   waits for the tab to become visible, which a TV's tab never does. A screen page may carry
//   data-mpp-give-up (seconds, MppQueue:Display:ReconnectGiveUpSeconds): Blazor's own reconnection then gives
//   up after that long, and the timer below and the watchdog take over; 0 or absent never gives up;
// - once the server answers but has forgotten this page's circuit (it restarted, or the outage outlasted the
//   circuit), the page reloads to start a new one;
// - a screen page (one that carries data-mpp-watchdog) also has a watchdog: the server beats every few seconds,
//   and a page that has heard no beat for three of them reloads, whatever the reason; before its first beat a
//   page waits at least firstBeatGraceMs, as a slow TV box can take that long to start its circuit (and a reload
//   then would only start it again);
// - a page never reloads onto an error page: it reloads only after /healthz has answered 200, and not more
//   often than every few seconds;
// - a page that came back by itself meanwhile (its circuit reconnected or resumed) does not reload after all:
//   the reload would drop what the page was doing, e.g. announcing a call made just then.
(() => {
  const retryMs = 5000;
  const probeEveryMs = 3000;
  const minReloadGapMs = 10_000;
  const firstBeatGraceMs = 30_000;
  const reloadedAtKey = "mppqueue.reloadedAt";

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  const healthy = async () => {
    try {
      const response = await fetch(new URL("healthz", document.baseURI), { cache: "no-store", signal: AbortSignal.timeout(4000) });
      return response.ok;
    } catch {
      return false;
    }
  };

  let reloading = false;

  // Reloads once the server is healthy, unless stillNeeded() says the page has recovered meanwhile.
  const reloadWhenHealthy = async (stillNeeded = () => true) => {
    if (reloading) {
      return;
    }

    reloading = true;
    try {
      for (;;) {
        if (!stillNeeded()) {
          return;
        }

        if (await healthy()) {
          // Asked again once the server has answered: meanwhile the page may have come back by itself (its circuit
          // reconnected or resumed), and a reload now would lose what it is doing, such as a call being announced.
          if (!stillNeeded()) {
            return;
          }

          const last = Number(sessionStorage.getItem(reloadedAtKey)) || 0;
          const wait = last + minReloadGapMs - Date.now();
          if (wait > 0) {
            await sleep(wait);
            continue;
          }

          sessionStorage.setItem(reloadedAtKey, String(Date.now()));
          location.reload();
          return;
        }

        await sleep(probeEveryMs);
      }
    } finally {
      reloading = false;
    }
  };

  // The watchdog of a screen page: armed by the data-mpp-watchdog attribute (seconds between beats) as soon
  // as the page loads, so that even a page whose circuit never starts comes back; fed by the server's beats.
  const watchdog = {
    periodMs: 0,
    lastBeat: 0,
    heard: false,
    timer: 0,
    silent() {
      const patience = this.heard ? 3 * this.periodMs : Math.max(3 * this.periodMs, firstBeatGraceMs);
      return this.periodMs > 0 && Date.now() - this.lastBeat > patience;
    },
    // The page's own arming (fromServer false) starts the clock; every beat from the server feeds it.
    beat(seconds, fromServer = true) {
      this.periodMs = Math.max(1, Number(seconds) || 10) * 1000;
      this.lastBeat = Date.now();
      this.heard ||= fromServer;
      this.arm();
    },
    // The connection is back (reconnected, or the circuit resumed): the server's beats follow, so the silence
    // before them is not counted; if none comes, the watchdog fires again after three periods.
    connected() {
      if (this.periodMs > 0) {
        this.lastBeat = Date.now();
      }
    },
    arm() {
      if (!this.timer) {
        this.timer = setInterval(() => {
          if (this.silent()) {
            reloadWhenHealthy(() => this.silent());
          }
        }, 1000);
      }
    },
    stop() {
      clearInterval(this.timer);
      this.timer = 0;
      this.periodMs = 0;
    },
  };
  window.mppWatchdog = watchdog;
  window.mppReconnect = { reloadWhenHealthy, healthy };

  const marked = document.querySelector("[data-mpp-watchdog]");
  if (marked) {
    watchdog.beat(Number(marked.getAttribute("data-mpp-watchdog")), false);
  }

  // Keep knocking, every few seconds, for as long as it takes (or, on a screen that says so, until its give-up
  // time has passed since the connection dropped: null ends Blazor's attempts and it reports "failed").
  const giveUpMs = Math.max(0, Number(marked?.getAttribute("data-mpp-give-up")) || 0) * 1000;
  let droppedAt = 0;

  // The page's pings and its patience with a silent server, as the server has them (CircuitKeepAlive, on this
  // script's tag): the page pings every 60 s, the server every 30 s, and the page waits twice the server's ping.
  const own = document.currentScript?.dataset ?? {};
  const pingMs = (Number(own.pingSeconds) || 15) * 1000;
  const timeoutMs = (Number(own.timeoutSeconds) || 30) * 1000;
  Blazor.start({
    circuit: {
      configureSignalR: (builder) => builder.withKeepAliveInterval(pingMs).withServerTimeout(timeoutMs),
      reconnectionOptions: {
        maxRetries: 1_000_000,
        retryIntervalMilliseconds: (previousAttempts) => {
          if (previousAttempts === 0) {
            droppedAt = Date.now();
          }

          if (giveUpMs > 0 && Date.now() - droppedAt >= giveUpMs) {
            return null;
          }

          return Math.min(retryMs, 1000 * (previousAttempts + 1));
        },
      },
    },
  }).catch(() => reloadWhenHealthy());

  const banner = document.getElementById("components-reconnect-modal");
  if (!banner) {
    return;
  }

  let retrying = 0;
  const stopRetrying = () => {
    clearInterval(retrying);
    retrying = 0;
  };

  // The framework gave up (or paused the circuit): try again on a timer, not on a visibility change.
  const keepTrying = (attempt) => {
    if (retrying) {
      return;
    }

    retrying = setInterval(async () => {
      try {
        if (await attempt()) {
          stopRetrying();
          return;
        }

        stopRetrying();
        reloadWhenHealthy();
      } catch {
        // Still unreachable: try again on the next beat.
      }
    }, retryMs);
  };

  banner.addEventListener("components-reconnect-state-changed", (event) => {
    const state = event.detail.state;
    banner.classList.toggle("visible", state !== "hide");
    switch (state) {
      case "hide":
        stopRetrying();
        watchdog.connected();
        break;
      case "failed":
        keepTrying(async () => (await Blazor.reconnect()) || (await Blazor.resumeCircuit()));
        break;
      case "paused":
        keepTrying(() => Blazor.resumeCircuit());
        break;
      case "rejected":
      case "resume-failed":
        stopRetrying();
        reloadWhenHealthy();
        break;
    }
  });
})();
