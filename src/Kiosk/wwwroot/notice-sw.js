// The notices' service worker (docs/notifications.md). Served from /notice-sw.js so that its scope is the whole site
// and covers the ticket pages (/t/…) and booking pages (/booking/…). It has no fetch handler: pages load exactly as
// without it. On a push it shows the notice, then tells the server it was shown (the notice's receipt); a tap on the
// notice opens (or focuses) the page it is about.

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// Only this site's own pages: a notice cannot send the visitor elsewhere.
function sameSite(url) {
  try {
    const target = new URL(url || '/', self.location.origin);
    return target.origin === self.location.origin ? target.href : self.location.origin + '/';
  } catch {
    return self.location.origin + '/';
  }
}

function read(event) {
  if (!event.data) {
    return {};
  }
  try {
    return event.data.json();
  } catch {
    return { body: event.data.text() };
  }
}

function reportSeen(notice) {
  if (!notice.id || !notice.receipt) {
    return Promise.resolve();
  }
  return fetch('/notices/seen', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ id: notice.id, receipt: notice.receipt }),
    credentials: 'same-origin',
    keepalive: true,
  }).catch(() => { });
}

self.addEventListener('push', (event) => {
  const notice = read(event);
  const options = {
    body: notice.body || '',
    icon: '/favicon.svg',
    data: { url: sameSite(notice.url) },
  };
  if (notice.tag) {
    options.tag = notice.tag;
    options.renotify = true;
  }
  event.waitUntil(self.registration.showNotification(notice.title || 'MPP', options).then(() => reportSeen(notice)));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = sameSite(event.notification.data && event.notification.data.url);
  event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
    const open = windows.find((w) => w.url === url && 'focus' in w);
    return open ? open.focus() : self.clients.openWindow(url);
  }));
});
