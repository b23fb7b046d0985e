import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { applyPreferences, DEFAULT_PREFERENCES, PREFERENCES_KEY, readPreferences, savePreferences, type Preferences } from './preferences';
import { dataSaverOn } from './data-saver';

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
    const chosen: Preferences = { theme: 'dark', textSize: 'x-large', motion: 'reduce', dataSaver: 'on' };
    expect(savePreferences(chosen)).toBe(true);
    expect(readPreferences()).toEqual(chosen);
    expect(attributes()).toEqual({ theme: 'dark', size: 'x-large', motion: 'reduce' });
  });

  it('fall back to defaults for missing, unknown or corrupt values', () => {
    window.localStorage.setItem(PREFERENCES_KEY, JSON.stringify({ theme: 'neon', textSize: 'large', dataSaver: 'max' }));
    expect(readPreferences()).toEqual({ theme: 'system', textSize: 'large', motion: 'system', dataSaver: 'auto' });
    window.localStorage.setItem(PREFERENCES_KEY, '{not json');
    expect(readPreferences()).toEqual(DEFAULT_PREFERENCES);
  });

  it("mark <html> to save data when the reader says so, or on 'auto' while the browser asks to (Save-Data)", () => {
    const connection = { saveData: false };
    vi.stubGlobal('navigator', { connection });
    onTestFinished(() => {
      vi.unstubAllGlobals();
    });
    const marked = (dataSaver: Preferences['dataSaver']) => {
      applyPreferences({ ...DEFAULT_PREFERENCES, dataSaver });
      return dataSaverOn();
    };
    expect([marked('on'), marked('auto'), marked('off')]).toEqual([true, false, false]);
    connection.saveData = true;
    expect([marked('on'), marked('auto'), marked('off')]).toEqual([true, true, false]);
    // An unknown stored value counts as automatic.
    window.localStorage.setItem(PREFERENCES_KEY, JSON.stringify({ dataSaver: 'max' }));
    applyPreferences(readPreferences());
    expect(root).toHaveAttribute('data-save-data');
  });
});
