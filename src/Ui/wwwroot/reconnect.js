// Unattended screens recover by themselves: while the server is unreachable the page keeps what it shows and
// retries every few seconds; once the server answers but has forgotten this circuit (it restarted), the page
// reloads to start a new one. Nobody has to press anything.
(() => {
  // Keep knocking, every few seconds, for as long as it takes: a screen on a wall has nobody to press "retry".
  Blazor.start({
    circuit: {
      reconnectionOptions: {
        maxRetries: 100000,
        retryIntervalMilliseconds: (previousAttempts) => Math.min(5000, 1000 * (previousAttempts + 1)),
      },
    },
  });

  const banner = document.getElementById("components-reconnect-modal");
  if (!banner) {
    return;
  }

  let retrying = null;

  const keepTrying = () => {
    if (retrying) {
      return;
    }

    retrying = setInterval(async () => {
      try {
        const reconnected = await Blazor.reconnect();
        if (!reconnected) {
          location.reload();
          return;
        }

        clearInterval(retrying);
        retrying = null;
      } catch {
        // Still unreachable: try again on the next beat.
      }
    }, 5000);
  };

  banner.addEventListener("components-reconnect-state-changed", (event) => {
    const state = event.detail.state;
    banner.classList.toggle("visible", state === "show" || state === "retrying" || state === "failed");
    if (state === "failed") {
      keepTrying();
    } else if (state === "rejected") {
      location.reload();
    }
  });
})();
