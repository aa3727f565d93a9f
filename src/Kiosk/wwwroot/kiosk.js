// The kiosk's few browser calls, as a module imported by the pages that need it.

// Prints the page: only the paper ticket shows in print (kiosk.css). The @page length is measured from the
// ticket first, so that a roll printer feeds exactly one ticket's length and no blank paper. Chromium started
// with --kiosk-printing prints to the default printer without a dialog. Deferred, so that the server's call
// returns at once.
export function print() {
  setTimeout(() => {
    const ticket = document.querySelector('.print-ticket');
    if (ticket) {
      const paper = ticket.dataset.paper === '58' ? 58 : 80;
      const length = Math.ceil(ticket.getBoundingClientRect().height * 25.4 / 96) + 4;
      let style = document.getElementById('kiosk-page-size');
      if (!style) {
        style = document.createElement('style');
        style.id = 'kiosk-page-size';
        document.head.appendChild(style);
      }
      style.textContent = `@page { size: ${paper}mm ${length}mm; margin: 0; }`;
    }
    window.print();
  }, 50);
}
