import { afterEach, describe, expect, it } from 'vitest';
import { applyPreferences, DEFAULT_PREFERENCES, PREFERENCES_KEY, readPreferences, savePreferences, type Preferences } from './preferences';

const root = document.documentElement;
const attributes = () => ({
  theme: root.getAttribute('data-theme'),
  size: root.getAttribute('data-text-size'),
  motion: root.getAttribute('data-motion'),
});

afterEach(() => {
  applyPreferences(DEFAULT_PREFERENCES);
});

describe('preferences', () => {
  it('persist across visits and apply to <html>', () => {
    const chosen: Preferences = { theme: 'dark', textSize: 'x-large', motion: 'reduce' };
    expect(savePreferences(chosen)).toBe(true);
    expect(readPreferences()).toEqual(chosen);
    expect(attributes()).toEqual({ theme: 'dark', size: 'x-large', motion: 'reduce' });
  });

  it('fall back to defaults for missing, unknown or corrupt values', () => {
    window.localStorage.setItem(PREFERENCES_KEY, JSON.stringify({ theme: 'neon', textSize: 'large' }));
    expect(readPreferences()).toEqual({ theme: 'system', textSize: 'large', motion: 'system' });
    window.localStorage.setItem(PREFERENCES_KEY, '{not json');
    expect(readPreferences()).toEqual(DEFAULT_PREFERENCES);
  });
});
