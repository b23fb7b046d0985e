// The automatic download refresh: off by default, and only on a connection not marked metered or Save-Data.
import { describe, expect, it } from 'vitest';
import { connectionKind, DOWNLOAD_SETTINGS_KEY, readAutoRefresh, saveAutoRefresh } from './download-settings';

const withConnection = (connection: object | undefined) => ({ connection }) as unknown as Navigator;

describe('download refresh setting', () => {
  it('is off until the reader turns it on, and survives corrupt storage as off', () => {
    expect(readAutoRefresh()).toBe(false);
    expect(saveAutoRefresh(true)).toBe(true);
    expect(readAutoRefresh()).toBe(true);
    window.localStorage.setItem(DOWNLOAD_SETTINGS_KEY, '{not json');
    expect(readAutoRefresh()).toBe(false);
  });

  it('cannot tell without the Network Information API', () => {
    expect(connectionKind(withConnection(undefined))).toBe('unknown');
  });

  it('treats Save-Data, cellular and metered connections as metered, anything else as not', () => {
    expect(connectionKind(withConnection({ saveData: true }))).toBe('metered');
    expect(connectionKind(withConnection({ saveData: false, type: 'cellular' }))).toBe('metered');
    expect(connectionKind(withConnection({ metered: true }))).toBe('metered');
    expect(connectionKind(withConnection({ saveData: false, type: 'wifi' }))).toBe('unmetered');
    // Desktop Chromium: saveData only, no type.
    expect(connectionKind(withConnection({ saveData: false, effectiveType: '4g' }))).toBe('unmetered');
  });
});
