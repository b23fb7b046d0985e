import { afterEach, describe, expect, it } from 'vitest';
import { preferencesScript } from '../boot/preferences-script';
import { applyPreferences, DEFAULT_PREFERENCES, PREFERENCES_KEY, readPreferences, savePreferences, type Preferences } from './preferences';

const root = document.documentElement;
const attributes = () => ({ theme: root.getAttribute('data-theme'), size: root.getAttribute('data-text-size'), motion: root.getAttribute('data-motion') });

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

  it('are applied by the pre-paint script exactly as the app applies them', () => {
    const cases: Preferences[] = [
      { theme: 'light', textSize: 'small', motion: 'system' },
      { theme: 'dark', textSize: 'large', motion: 'reduce' },
      DEFAULT_PREFERENCES,
    ];
    for (const preferences of cases) {
      window.localStorage.setItem(PREFERENCES_KEY, JSON.stringify(preferences));
      applyPreferences(DEFAULT_PREFERENCES);
      new Function(preferencesScript())();
      const fromScript = attributes();
      applyPreferences(DEFAULT_PREFERENCES);
      applyPreferences(preferences);
      expect(fromScript).toEqual(attributes());
    }
  });

  it('the pre-paint script ignores hostile stored values', () => {
    window.localStorage.setItem(PREFERENCES_KEY, JSON.stringify({ theme: '"><script>alert(1)</script>', textSize: { toString: 1 } }));
    new Function(preferencesScript())();
    expect(attributes()).toEqual({ theme: null, size: null, motion: null });
  });
});
