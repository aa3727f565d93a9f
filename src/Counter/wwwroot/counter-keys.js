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
