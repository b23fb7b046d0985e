import { beforeEach, describe, expect, it } from 'vitest';
import { resumablePosition, savePosition } from './reading-position';

describe('reading position', () => {
  beforeEach(() => window.localStorage.clear());

  it('keeps the place as a body block and how far into it, with the share read', () => {
    savePosition('harbour-bridge-reopens', { progress: 0.5, anchor: { block: 7, offset: 0.25 } });
    expect(resumablePosition('harbour-bridge-reopens')).toEqual({ progress: 0.5, anchor: { block: 7, offset: 0.25 } });
  });

  it('offers nothing near the start or the end of a story', () => {
    savePosition('a', { progress: 0.05, anchor: { block: 1, offset: 0 } });
    savePosition('b', { progress: 0.95, anchor: { block: 30, offset: 0 } });
    expect(resumablePosition('a')).toBeNull();
    expect(resumablePosition('b')).toBeNull();
  });

  it('resumes a position saved before anchors were kept by its share, and ignores a broken anchor', () => {
    window.localStorage.setItem(
      'lede:reading-positions',
      JSON.stringify({
        old: { progress: 0.4, at: '2026-11-01T00:00:00Z' },
        odd: { progress: 0.4, anchor: { block: -1, offset: 'x' }, at: '2026-11-01T00:00:00Z' },
      }),
    );
    expect(resumablePosition('old')).toEqual({ progress: 0.4 });
    expect(resumablePosition('odd')).toEqual({ progress: 0.4 });
  });
});
