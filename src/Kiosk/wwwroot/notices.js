// Web Push on the visitor's ticket and booking pages (PushOptIn): registers the notices' service worker, asks the
// browser for permission and a push subscription for the server's key, and hands the subscription to the server.
// Every function answers one word the component understands: unsupported, blocked, default, granted, on, off, failed.

const worker = '/notice-sw.js';

function supported() {
  return window.isSecureContext && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

function bytes(base64url) {
  const base64 = (base64url + '='.repeat((4 - (base64url.length % 4)) % 4)).replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

function sameKey(subscription, key) {
  const current = subscription.options && subscription.options.applicationServerKey;
  if (!current) {
    return true;
  }
  const a = new Uint8Array(current);
  return a.length === key.length && a.every((b, i) => b === key[i]);
}

async function registration() {
  await navigator.serviceWorker.register(worker, { scope: '/' });
  return navigator.serviceWorker.ready;
}

/** Registers the worker (so a later push finds it) and says what the browser allows. */
export async function prepare() {
  if (!supported()) {
    return 'unsupported';
  }
  try {
    await registration();
  } catch {
    return 'unsupported';
  }
  return Notification.permission === 'denied' ? 'blocked' : Notification.permission;
}

/** Asks for permission when needed, subscribes with the server's key and sends the subscription to <path>. */
export async function enable(path, publicKey) {
  if (!supported()) {
    return 'unsupported';
  }
  let permission = Notification.permission;
  if (permission === 'default') {
    permission = await Notification.requestPermission();
  }
  if (permission !== 'granted') {
    return permission === 'denied' ? 'blocked' : 'off';
  }
  try {
    const key = bytes(publicKey);
    const ready = await registration();
    let subscription = await ready.pushManager.getSubscription();
    if (subscription && !sameKey(subscription, key)) {
      // Made for another key (the server's keys were made anew): the push service would refuse ours.
      await subscription.unsubscribe();
      subscription = null;
    }
    subscription = subscription || await ready.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
    const answer = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(subscription.toJSON()),
      credentials: 'same-origin',
    });
    return answer.ok ? 'on' : 'failed';
  } catch {
    return 'failed';
  }
}

/** Stops the notices of this page's ticket or booking; the browser's subscription stays for its other pages. */
export async function disable(path) {
  try {
    const answer = await fetch(path, { method: 'DELETE', credentials: 'same-origin' });
    return answer.ok ? 'off' : 'failed';
  } catch {
    return 'failed';
  }
}
