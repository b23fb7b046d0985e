import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readListenPlace, readListenSettings, saveListenPlace, saveListenSettings } from './listen-memory';

describe('what Listen remembers', () => {
  beforeEach(() => window.localStorage.clear());

  it('keeps the speed and the captions setting, and falls back on the defaults for anything odd', () => {
    expect(readListenSettings()).toEqual({ speed: 1, extras: true });
    saveListenSettings({ speed: 1.5, extras: false });
    expect(readListenSettings()).toEqual({ speed: 1.5, extras: false });
    window.localStorage.setItem('lede:listen', JSON.stringify({ speed: 'fast', extras: 'yes' }));
    expect(readListenSettings()).toEqual({ speed: 1, extras: true });
  });

  it('keeps where reading stopped in each story, forgets it at the start, and ignores a broken record', () => {
    saveListenPlace('harbour-bridge-reopens', { index: 12, sentence: 'Crowds cheered.' });
    expect(readListenPlace('harbour-bridge-reopens')).toEqual({ index: 12, sentence: 'Crowds cheered.' });
    saveListenPlace('harbour-bridge-reopens', null);
    expect(readListenPlace('harbour-bridge-reopens')).toBeNull();
    window.localStorage.setItem('lede:listen-places', JSON.stringify({ odd: { index: -3, sentence: 'x', at: '2026-11-01T00:00:00Z' } }));
    expect(readListenPlace('odd')).toBeNull();
  });

  it('keeps the 40 most recent stories only', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    for (let story = 0; story < 45; story += 1) {
      vi.setSystemTime(Date.UTC(2026, 10, 1, 0, story));
      saveListenPlace(`story-${story}`, { index: 3, sentence: `Sentence ${story}.` });
    }
    vi.useRealTimers();
    const kept = Object.keys(JSON.parse(window.localStorage.getItem('lede:listen-places') ?? '{}') as object);
    expect(kept).toHaveLength(40);
    expect(readListenPlace('story-44')).not.toBeNull();
    expect(readListenPlace('story-4')).toBeNull();
  });
});
