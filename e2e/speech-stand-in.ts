// A stand-in for the browser's speech synthesis, installed before the page's scripts (page.addInitScript): it lists
// voices (after a moment, with `voiceschanged`, as Chromium does), records every utterance (text, rate, voice, lang),
// fires `start`, `boundary` and `end` on a timer the test controls, and pauses, resumes and cancels like the real API.
// It also records the Media Session's action handlers, so a test can press the lock screen's buttons.
import type { Page } from '@playwright/test';

export interface StandInVoice {
  name: string;
  lang: string;
  localService: boolean;
  default?: boolean;
}

export interface SpokenUtterance {
  text: string;
  rate: number;
  lang: string;
  voice: string | null;
}

/** A device voice for the demo's language and a remote one: Listen must choose the first. */
export const VOICES: StandInVoice[] = [
  { name: 'Remote English', lang: 'en-US', localService: false, default: true },
  { name: 'Device English', lang: 'en-US', localService: true },
];
export const REMOTE_ONLY: StandInVoice[] = [{ name: 'Remote English', lang: 'en-US', localService: false, default: true }];

interface Options {
  voices: StandInVoice[];
  /** Milliseconds each utterance takes; null: it lasts until the test calls `finish`. */
  duration: number | null;
}

function install({ voices: specs, duration: initialDuration }: Options) {
  type Listener = ((event: Event) => void) | null;
  const fire = (target: EventTarget & Record<string, unknown>, type: string, extra: Record<string, unknown> = {}) => {
    const event = Object.assign(new Event(type), { utterance: target, charIndex: 0, elapsedTime: 0, name: 'word', ...extra });
    target.dispatchEvent(event);
    (target[`on${type}`] as Listener)?.call(target, event);
  };
  class Utterance extends EventTarget {
    text: string;
    rate = 1;
    pitch = 1;
    volume = 1;
    lang = '';
    voice: { name: string } | null = null;
    onstart: Listener = null;
    onend: Listener = null;
    onerror: Listener = null;
    onboundary: Listener = null;
    onpause: Listener = null;
    onresume: Listener = null;
    onmark: Listener = null;
    constructor(text = '') {
      super();
      this.text = text;
    }
  }
  type Spoken = Utterance & Record<string, unknown>;
  const voices = specs.map((spec) => Object.freeze({ default: false, voiceURI: spec.name, ...spec }));
  const queue: Spoken[] = [];
  const spoken: Array<{ text: string; rate: number; lang: string; voice: string | null }> = [];
  let current: Spoken | null = null;
  let paused = false;
  let listed = false;
  let duration = initialDuration;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancels = 0;
  let asked = 0;

  const schedule = () => {
    clearTimeout(timer);
    if (current && !paused && duration !== null) timer = setTimeout(finish, duration);
  };
  const next = () => {
    current = queue.shift() ?? null;
    if (!current) return;
    fire(current, 'start');
    fire(current, 'boundary', { charIndex: 0 });
    schedule();
  };
  function finish() {
    const ended = current;
    if (!ended) return;
    current = null;
    fire(ended, 'boundary', { charIndex: ended.text.length });
    fire(ended, 'end', { elapsedTime: 50 });
    next();
  }
  const synth = Object.assign(new EventTarget(), {
    onvoiceschanged: null as Listener,
    get speaking() {
      return current !== null;
    },
    get pending() {
      return queue.length > 0;
    },
    get paused() {
      return paused;
    },
    getVoices: () => {
      if (listed) asked += 1;
      return listed ? [...voices] : [];
    },
    speak(utterance: Spoken) {
      spoken.push({ text: utterance.text, rate: utterance.rate, lang: utterance.lang, voice: utterance.voice?.name ?? null });
      queue.push(utterance);
      if (!current) next();
    },
    cancel() {
      cancels += 1;
      clearTimeout(timer);
      const dropped = [current, ...queue.splice(0)].filter((item): item is Spoken => item !== null);
      const interrupted = current;
      current = null;
      paused = false;
      for (const utterance of dropped) fire(utterance, 'error', { error: utterance === interrupted ? 'interrupted' : 'canceled' });
    },
    pause() {
      if (paused) return;
      paused = true;
      clearTimeout(timer);
      if (current) fire(current, 'pause');
    },
    resume() {
      if (!paused) return;
      paused = false;
      if (current) fire(current, 'resume');
      schedule();
    },
  });
  // Chromium lists its voices a moment after the page asks, and says so with `voiceschanged`.
  setTimeout(() => {
    listed = true;
    const event = new Event('voiceschanged');
    synth.dispatchEvent(event);
    synth.onvoiceschanged?.call(synth, event);
  }, 100);
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });

  const handlers = new Map<string, (() => void) | null>();
  if ('mediaSession' in navigator) {
    const setActionHandler = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession);
    navigator.mediaSession.setActionHandler = (action, handler) => {
      handlers.set(action, handler as (() => void) | null);
      setActionHandler(action, handler);
    };
  }
  Object.defineProperty(window, 'speechStandIn', {
    value: {
      spoken,
      get cancels() {
        return cancels;
      },
      get asked() {
        return asked;
      },
      finish,
      setDuration(ms: number | null) {
        duration = ms;
        schedule();
      },
      press(action: string) {
        handlers.get(action)?.();
      },
      handled: (action: string) => typeof handlers.get(action) === 'function',
    },
  });
}

/** Installs the stand-in in every page of `page`'s context from now on. */
export async function installSpeech(page: Page, options: Partial<Options> = {}) {
  await page.addInitScript(install, { voices: options.voices ?? VOICES, duration: options.duration === undefined ? 50 : options.duration });
}

interface StandInHandle {
  spoken: SpokenUtterance[];
  cancels: number;
  asked: number;
  finish(): void;
  setDuration(ms: number | null): void;
  press(action: string): void;
  handled(action: string): boolean;
}

/** The utterances spoken so far in the page. */
export const spoken = (page: Page) => page.evaluate(() => (window as unknown as { speechStandIn: StandInHandle }).speechStandIn.spoken);
export const spokenTexts = async (page: Page) => (await spoken(page)).map((utterance) => utterance.text);
export const cancels = (page: Page) => page.evaluate(() => (window as unknown as { speechStandIn: StandInHandle }).speechStandIn.cancels);
/** How often the page asked for the voices once they were listed. */
export const voicesAsked = (page: Page) => page.evaluate(() => (window as unknown as { speechStandIn: StandInHandle }).speechStandIn.asked);
/** Ends the utterance being spoken (when utterances last until the test says). */
export const finishUtterance = (page: Page) => page.evaluate(() => (window as unknown as { speechStandIn: StandInHandle }).speechStandIn.finish());
export const setDuration = (page: Page, ms: number | null) =>
  page.evaluate((value) => (window as unknown as { speechStandIn: StandInHandle }).speechStandIn.setDuration(value), ms);
/** Presses a Media Session button (lock screen, headset): calls the handler the page set for `action`. */
export const pressMediaKey = (page: Page, action: string) =>
  page.evaluate((name) => (window as unknown as { speechStandIn: StandInHandle }).speechStandIn.press(name), action);
