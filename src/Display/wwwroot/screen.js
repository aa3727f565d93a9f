// The voice and pulse of a wall screen, loaded by the ScreenAgent component.
//
// Voice: the server sends each call it wants announced (a sequence number and the names of the clips to play,
// "chime", "nomor-antrian", "huruf-a", "dua", "belas", "silakan-menuju-loket", "tiga"). Announcements queue and
// never overlap; the clips of one announcement are fetched in order, decoded once and kept, then played back to
// back with Web Audio, so the words follow each other without gaps. A sequence at or below the last one queued,
// or below the one current when the page opened, is never played: a reload does not replay old calls, a recall
// (a new sequence) does.
//
// Autoplay: a browser started without --autoplay-policy=no-user-gesture-required keeps the AudioContext
// suspended until someone touches the page. Then <html> gets the class "mpp-sound-blocked", the page shows
// "Ketuk untuk mengaktifkan suara", and the first tap anywhere turns the sound on.
//
// Pulse: the server calls beat() every few seconds; it feeds the watchdog of reconnect.js (which reloads a
// screen that stops hearing from its server) and answers with the state of the sound.

const clipFolder = new URL("_content/MppQueue.Display/audio/id/", document.baseURI);

// An announcement older than this when its turn comes (the sound was blocked for a while) is dropped.
const staleAfterMs = 90_000;
const pauseBetweenCallsMs = 700;
const gapAfterChime = 0.25;
const gapBetweenWords = 0.04;
const logLimit = 300;
const clipAttempts = 3;
const clipRetryMs = 300;

const state = {
  speaker: false,
  context: null,
  buffers: new Map(),
  queue: [],
  floor: 0,
  lastQueued: 0,
  running: false,
  audibleWaiters: [],
};

// What was played, newest last (clip names with their call's sequence), each announcement's start and end, and
// what waits: for diagnostics and tests. Both lists keep their last few hundred entries only.
const log = [];
const spoken = [];
window.mppAnnouncer = {
  started: false,
  log,
  spoken,
  pending: () => state.queue.map((a) => a.sequence),
  sound: () => soundState(),
  // Where the voice is: the history floor, the last call queued, whether an announcement is being played (its clips
  // fetched or sounding), and the clips kept.
  progress: () => ({ floor: state.floor, lastQueued: state.lastQueued, running: state.running, clips: state.buffers.size }),
};

/** Called once the circuit renders the screen: calls up to this sequence are history, never announced. */
export function start(options) {
  state.floor = Math.max(state.floor, Number(options?.floor) || 0);
  configure(options);
  window.mppAnnouncer.started = true;
}

/** The server's heartbeat: feeds the watchdog, applies the screen's current settings, says how the sound is. */
export function beat(options) {
  window.mppWatchdog?.beat(Number(options?.periodSeconds) || 10);
  configure(options);
  return soundState();
}

/** Queues one announcement: { sequence, clips, sentence, useSpeech }. Returns whether it was queued. */
export function announce(announcement) {
  const sequence = Number(announcement?.sequence) || 0;
  if (!state.speaker || sequence <= state.floor || sequence <= state.lastQueued) {
    return false;
  }

  state.lastQueued = sequence;
  const now = Date.now();
  state.queue = state.queue.filter((a) => now - a.receivedAt < staleAfterMs);
  state.queue.push({ ...announcement, sequence, receivedAt: now });
  run();
  return true;
}

/** The screen's page is going away (not the tab): stop watching for beats. */
export function stop() {
  window.mppWatchdog?.stop();
}

function configure(options) {
  if (typeof options?.speaker === "boolean") {
    state.speaker = options.speaker;
  }

  if (state.speaker) {
    ensureContext();
  } else {
    state.queue = [];
  }

  showNotice();
}

function soundState() {
  if (!state.speaker || !state.context) {
    return "unknown";
  }

  return state.context.state === "running" ? "ready" : "blocked";
}

function ensureContext() {
  if (state.context) {
    return;
  }

  const AudioContextClass = window.AudioContext || window.webkitAudioContext;
  if (!AudioContextClass) {
    return;
  }

  state.context = new AudioContextClass();
  state.context.addEventListener("statechange", () => {
    showNotice();
    if (state.context.state === "running") {
      state.audibleWaiters.splice(0).forEach((resolve) => resolve());
    }
  });

  // With the autoplay flag the context runs at once. Without it, it stays "suspended" until someone touches
  // the page; resume() is only asked for from that touch, where it is allowed.
  for (const type of ["pointerdown", "keydown", "touchstart", "click"]) {
    document.addEventListener(type, unlock, { capture: true, passive: true });
  }
}

function unlock() {
  state.context?.resume().catch(() => {});
}

function showNotice() {
  const blocked = state.speaker && state.context !== null && state.context.state !== "running";
  document.documentElement.classList.toggle("mpp-sound-blocked", blocked);
}

function whenAudible() {
  if (state.context?.state === "running") {
    return Promise.resolve();
  }

  // Something to say and the sound is not running: ask for it. A TV started with the autoplay flag whose audio output
  // stopped (the browser's audio service restarted, a device changed) starts again; where a touch is needed, asking
  // does nothing and the call waits for the touch as before.
  state.context?.resume().catch(() => {});
  return new Promise((resolve) => state.audibleWaiters.push(resolve));
}

async function run() {
  if (state.running) {
    return;
  }

  state.running = true;
  try {
    while (state.queue.length > 0 && state.speaker) {
      await whenAudible();
      const announcement = state.queue.shift();
      if (!announcement || Date.now() - announcement.receivedAt > staleAfterMs) {
        continue;
      }

      try {
        await play(announcement);
      } catch (error) {
        console.warn("mppqueue: announcement failed", error);
      }

      await sleep(pauseBetweenCallsMs);
    }
  } finally {
    state.running = false;
  }
}

async function play(announcement) {
  const startedAt = Date.now();
  const clips = Array.isArray(announcement.clips) ? announcement.clips : [];
  const voice = announcement.useSpeech ? indonesianVoice() : null;
  if (voice && announcement.sentence) {
    await playClips(clips.slice(0, 1), announcement.sequence);
    await speak(announcement.sentence, voice);
    log.push({ sequence: announcement.sequence, clip: "speech", at: Date.now() });
  } else {
    await playClips(clips, announcement.sequence);
  }

  spoken.push({ sequence: announcement.sequence, startedAt, endedAt: Date.now() });
  for (const list of [log, spoken]) {
    if (list.length > logLimit) {
      list.splice(0, list.length - logLimit);
    }
  }
}

// Fetch in order (so the first announcement asks for its clips in the order they are spoken), then schedule
// them back to back on the audio clock and wait for the last one to end.
async function playClips(names, sequence) {
  const buffers = [];
  for (const name of names) {
    buffers.push(await load(name));
  }

  const context = state.context;
  let at = context.currentTime + 0.05;
  let last = null;
  names.forEach((name, i) => {
    const buffer = buffers[i];
    if (!buffer) {
      return;
    }

    const source = context.createBufferSource();
    source.buffer = buffer;
    source.connect(context.destination);
    source.start(at);
    log.push({ sequence, clip: name, at: Date.now() });
    at += buffer.duration + (name === "chime" ? gapAfterChime : gapBetweenWords);
    last = source;
  });

  if (last) {
    const limit = (at - context.currentTime) * 1000 + 2000;
    await new Promise((resolve) => {
      last.addEventListener("ended", resolve, { once: true });
      setTimeout(resolve, limit);
    });
  }
}

async function load(name) {
  if (state.buffers.has(name)) {
    return state.buffers.get(name);
  }

  // A clip the network lost on the way (the hall's switch just came back, the server restarted) is asked for again
  // a moment later, so that the call is not left half said; a clip the server does not have is skipped at once.
  const url = new URL(encodeURIComponent(name) + ".ogg", clipFolder);
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(url);
      if (response.ok) {
        return await decode(name, await response.arrayBuffer());
      }

      if (response.status < 500 && response.status !== 408 && response.status !== 429) {
        return null;
      }
    } catch {
      // The network failed: asked again below.
    }

    if (attempt >= clipAttempts) {
      return null;
    }

    await sleep(clipRetryMs * attempt);
  }
}

// A broken clip is skipped; the rest of the call is still spoken.
async function decode(name, bytes) {
  try {
    const buffer = await state.context.decodeAudioData(bytes);
    state.buffers.set(name, buffer);
    return buffer;
  } catch {
    return null;
  }
}

function indonesianVoice() {
  if (!("speechSynthesis" in window)) {
    return null;
  }

  return speechSynthesis.getVoices().find((v) => v.lang?.toLowerCase().replace("_", "-").startsWith("id")) ?? null;
}

function speak(sentence, voice) {
  return new Promise((resolve) => {
    const utterance = new SpeechSynthesisUtterance(sentence);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    utterance.addEventListener("end", resolve, { once: true });
    utterance.addEventListener("error", resolve, { once: true });
    setTimeout(resolve, 15_000);
    speechSynthesis.speak(utterance);
  });
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
