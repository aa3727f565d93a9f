// Keyboard shortcuts of the counter: an officer calls the next visitor without looking for the mouse.
// F1 would open the browser's help and F-keys scroll in some browsers, so the keys we use are taken over.
export function listen(dotnet, keys) {
  const handler = (event) => {
    if (!keys.includes(event.key) || event.repeat || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }

    event.preventDefault();
    dotnet.invokeMethodAsync("OnKey", event.key);
  };

  window.addEventListener("keydown", handler, true);

  // A marker that the keys work now (browser tests wait for it before pressing one).
  document.documentElement.setAttribute("data-counter-keys", "on");
  return {
    stop: () => {
      window.removeEventListener("keydown", handler, true);
      document.documentElement.removeAttribute("data-counter-keys");
    },
  };
}

// Gives focus back after what had it went away (a closed panel's field or button): to the first of the selectors that
// exists. Focus the officer put elsewhere meanwhile is left alone.
export function restoreFocus(selectors) {
  const active = document.activeElement;
  if (active && active !== document.body && active.isConnected) {
    return;
  }

  for (const selector of selectors) {
    const element = document.querySelector(selector);
    if (element) {
      element.focus();
      return;
    }
  }
}
