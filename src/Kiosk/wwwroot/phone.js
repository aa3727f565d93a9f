// The visitor's phone: a buzz and a short chime when the ticket is called. Browsers only let a page make
// sound after the person has touched it, so the first touch anywhere on the page (or the "turn on sound"
// button) opens the audio; until then the call is still shown and, where allowed, vibrates. The chime is
// generated here with the Web Audio API: no file to download, nothing from the internet.

let context = null;
let listening = false;

function audio() {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) {
    return null;
  }
  if (!context) {
    context = new Context();
  }
  if (context.state === 'suspended') {
    context.resume().catch(() => { });
  }
  return context;
}

function unlock() {
  audio();
  document.removeEventListener('pointerdown', unlock, true);
  document.removeEventListener('keydown', unlock, true);
}

// Two falling notes, loud enough to hear in a canteen, short enough not to annoy the table.
function chime(ctx) {
  const start = ctx.currentTime + 0.02;
  [[880, 0], [659.25, 0.32], [880, 0.9], [659.25, 1.22]].forEach(([frequency, offset]) => {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.6, start + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.3);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(start + offset);
    oscillator.stop(start + offset + 0.32);
  });
}

/** Listens for the first touch, which is what lets the page sound later. */
export function init() {
  if (!listening) {
    listening = true;
    document.addEventListener('pointerdown', unlock, true);
    document.addEventListener('keydown', unlock, true);
  }
}

/** The "turn on sound" button: opens the audio and plays the chime once so the visitor knows what to expect. */
export function enableSound() {
  const ctx = audio();
  if (ctx) {
    chime(ctx);
  }
  return !!ctx;
}

/** The ticket was called: vibrate where the browser allows, and chime when the audio is open. */
export function alert() {
  let vibrated = false;
  if (typeof navigator.vibrate === 'function') {
    try {
      vibrated = navigator.vibrate([400, 200, 400, 200, 800]);
    } catch {
      vibrated = false;
    }
  }
  const ctx = context ?? audio();
  if (ctx && ctx.state === 'running') {
    chime(ctx);
  }
}
