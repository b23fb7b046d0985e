import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localVoice, speak, watchdogMs } from './speech';

/** jsdom has no speech synthesis: an utterance is an event target holding what it was given. */
class FakeUtterance extends EventTarget {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  rate = 1;
  constructor(readonly text: string) {
    super();
  }
}

/** A speechSynthesis that never ends an utterance on its own (as with no sound device); the test ends them. */
function fakeSynth() {
  const spoken: FakeUtterance[] = [];
  const synth = {
    speak: vi.fn((utterance: FakeUtterance) => spoken.push(utterance)),
    cancel: vi.fn(() => spoken.at(-1)?.dispatchEvent(new Event('error'))),
  };
  return { synth: synth as unknown as SpeechSynthesis, spoken, cancel: synth.cancel };
}

const voice = (lang: string, localService: boolean, name = lang, isDefault = false) =>
  ({ lang, localService, name, voiceURI: name, default: isDefault }) as SpeechSynthesisVoice;

describe('speak', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('speaks with the voice, its language and the rate, and reports the end once', () => {
    const { synth, spoken } = fakeSynth();
    const done = vi.fn();
    speak(synth, 'The bridge reopened.', { voice: voice('en-US', true), rate: 1.5 }, done);
    expect(spoken[0]).toMatchObject({ text: 'The bridge reopened.', lang: 'en-US', rate: 1.5 });
    spoken[0]!.dispatchEvent(new Event('end'));
    spoken[0]!.dispatchEvent(new Event('end'));
    vi.runAllTimers();
    expect(done.mock.calls).toEqual([['ended']]);
  });

  it('treats an utterance that never ends as ended after its allowance, and cancels it', () => {
    const { synth, cancel } = fakeSynth();
    const done = vi.fn();
    const text = 'A sentence that the voice starts but, with no sound device, never finishes.';
    speak(synth, text, { voice: voice('en-US', true), rate: 2 }, done);
    vi.advanceTimersByTime(watchdogMs(text, 2) - 1);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(done.mock.calls).toEqual([['ended']]);
  });

  it('gives a slower rate and a longer sentence more time, and a voice time to start', () => {
    expect(watchdogMs('word '.repeat(40), 0.75)).toBeGreaterThan(watchdogMs('word '.repeat(40), 2));
    expect(watchdogMs('word '.repeat(40), 1)).toBeGreaterThan(watchdogMs('word', 1));
    // Far longer than a calm voice takes (15 characters a second), so a working voice is never cut short.
    expect(watchdogMs('word '.repeat(40), 1)).toBeGreaterThan(3 * (200 / 15) * 1000);
  });

  it('reports a failed utterance as failed', () => {
    const { synth, spoken } = fakeSynth();
    const done = vi.fn();
    speak(synth, 'Hello.', { voice: voice('en-US', true), rate: 1 }, done);
    spoken[0]!.dispatchEvent(new Event('error'));
    expect(done.mock.calls).toEqual([['failed']]);
  });

  it('cancels silently: neither the cancel nor the watchdog reports anything after', () => {
    const { synth, cancel } = fakeSynth();
    const done = vi.fn();
    const stop = speak(synth, 'Hello.', { voice: voice('en-US', true), rate: 1 }, done);
    stop();
    vi.runAllTimers();
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(done).not.toHaveBeenCalled();
  });
});

describe('localVoice', () => {
  it('picks a voice of the device for the language, the exact region first, then the default', () => {
    const voices = [
      voice('en-US', false, 'Cloud US'),
      voice('en-GB', true, 'Local GB'),
      voice('en-US', true, 'Local US'),
      voice('fr-FR', true, 'Local FR'),
    ];
    expect(localVoice(voices, 'en-US')?.name).toBe('Local US');
    expect(localVoice(voices, 'en')?.name).toBe('Local GB');
    expect(localVoice([...voices, voice('en_AU', true, 'Default AU', true)], 'en')?.name).toBe('Default AU');
    expect(localVoice(voices, 'fr')?.name).toBe('Local FR');
  });

  it('finds none when the only voices for the language are remote', () => {
    expect(localVoice([voice('en-US', false), voice('ar', true)], 'en')).toBeNull();
    expect(localVoice([], 'en')).toBeNull();
  });
});
