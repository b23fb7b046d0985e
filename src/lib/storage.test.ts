// localStorage's small records: one store's size never stops another's writes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, readPreferences, savePreferences } from './preferences';
import { LEGACY_READ_VERSIONS_KEY, readStored, writeStored } from './storage';

/** jsdom's quota, as browsers': about five million characters for the origin. */
const QUOTA = 5_000_000;

describe('stored records', () => {
  it('are still written when an earlier release filled localStorage with whole story bodies', () => {
    // What releases before decision 030 left on a device: every read version's text in one record, up to the quota.
    window.localStorage.setItem(LEGACY_READ_VERSIONS_KEY, JSON.stringify({ 'a-story': { blocks: ['x'.repeat(QUOTA - 100)] } }));
    const dark = { ...DEFAULT_PREFERENCES, theme: 'dark' as const };

    expect(savePreferences(dark)).toBe(true);
    expect(readPreferences()).toEqual(dark);
    expect(writeStored('lede:recent', JSON.stringify([{ slug: 'a-story', headline: 'A story', readAt: '2026-11-01T08:00:00Z' }]))).toBe(true);
    expect(readStored(LEGACY_READ_VERSIONS_KEY)).toBeNull();
  });

  it('say so when storage is full of something else', () => {
    window.localStorage.setItem('someone-else', 'x'.repeat(QUOTA - 20));
    expect(savePreferences({ ...DEFAULT_PREFERENCES, theme: 'dark' })).toBe(false);
    expect(readStored('someone-else')).not.toBeNull();
  });
});
