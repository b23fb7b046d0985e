// The browser's speech synthesis, one utterance at a time: the device's own voice for a language, and an utterance
// that always ends. With no sound device an utterance may never end; a watchdog then treats it as ended.

/** Characters a slow voice speaks a second at rate 1 (a calm reader manages about 15): the watchdog's pace. */
const SLOW_CHARS_PER_SECOND = 5;
/** Added to every utterance's allowance: a voice may take a few seconds to start (speech-dispatcher's first one). */
const WATCHDOG_SLACK_MS = 5_000;

/** How long an utterance of `text` at `rate` may take before it is treated as ended. */
export function watchdogMs(text: string, rate: number): number {
  return WATCHDOG_SLACK_MS + Math.ceil((text.length / (SLOW_CHARS_PER_SECOND * Math.max(rate, 0.1))) * 1000);
}

const tagOf = (lang: string) => lang.replace(/_/g, '-').toLowerCase();

/**
 * The device's own voice (`localService`, so it speaks offline too) for `lang`: the same language and region first,
 * then the same language; the browser's default voice first among equals. Null when the device has none.
 */
export function localVoice(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | null {
  const wanted = tagOf(lang);
  const language = wanted.split('-')[0];
  let best: SpeechSynthesisVoice | null = null;
  let bestRank = Infinity;
  for (const voice of voices) {
    if (!voice.localService) continue;
    const tag = tagOf(voice.lang);
    const match = tag === wanted ? 0 : tag.split('-')[0] === language ? 2 : Infinity;
    const rank = match - (voice.default ? 1 : 0);
    if (rank < bestRank) {
      best = voice;
      bestRank = rank;
    }
  }
  return best;
}

export interface SpeakOptions {
  voice: SpeechSynthesisVoice;
  /** Speech rate, 1 = normal. */
  rate: number;
}

/**
 * How an utterance ended: `ended` when it was read (or the watchdog gave up waiting), `failed` when the voice
 * reported an error, including another page or player cancelling it.
 */
export type SpeechOutcome = 'ended' | 'failed';

/**
 * Speaks `text` and calls `onDone` once, when it has ended, failed or the watchdog gave up on it (`ended`). Returns a
 * function that cancels it without calling `onDone`. The utterance is held by the returned closure: Chromium drops the
 * events of an utterance nothing references.
 */
export function speak(synth: SpeechSynthesis, text: string, { voice, rate }: SpeakOptions, onDone: (outcome: SpeechOutcome) => void): () => void {
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = rate;
  let done = false;
  /** Ends this utterance once; `cancel` silences it first (its own error event then reports nothing). */
  const finish = (outcome: SpeechOutcome | null, cancel: boolean) => {
    if (done) return;
    done = true;
    clearTimeout(watchdog);
    if (cancel) synth.cancel();
    if (outcome) onDone(outcome);
  };
  utterance.addEventListener('end', () => finish('ended', false));
  utterance.addEventListener('error', () => finish('failed', false));
  const watchdog = setTimeout(() => finish('ended', true), watchdogMs(text, rate));
  synth.speak(utterance);
  return () => finish(null, true);
}
