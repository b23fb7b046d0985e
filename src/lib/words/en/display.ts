// The display preferences page's words in English.
import type { DisplayWords } from '../types';

export const display: DisplayWords = {
  title: 'Display preferences',
  intro: 'Changes apply at once and are remembered on this device.',
  theme: 'Theme',
  textSize: 'Text size',
  motion: 'Motion',
  dataSaver: 'Data saver',
  options: {
    system: 'Follow my device',
    light: 'Light',
    dark: 'Dark',
    small: 'Small',
    medium: 'Standard',
    large: 'Large',
    'x-large': 'Extra large',
    reduce: 'Reduce motion',
    auto: 'Automatic',
    on: 'On',
    off: 'Off',
  },
  dataSaverNote:
    'Data saver: photos load only when you ask (each says its size), lists show no pictures, nothing loads ahead of a tap, and “Download for offline” takes text only. Automatic follows your browser’s data-saving setting. Applies from the next page you open.',
  offline: 'Offline reading',
  autoRefresh: 'Refresh my download of the top stories when Lede opens on a connection that is not metered',
  connection: {
    unknown:
      'This browser does not say whether your connection is metered or in data-saving mode, so Lede cannot tell and never downloads on its own here. Use “Download for offline” instead.',
    metered: 'Your connection is marked as metered or data-saving right now, so Lede will not refresh the download until it is not.',
    unmetered: 'Your connection is not marked as metered or data-saving, so Lede can refresh the download when it opens.',
  },
  notStored: 'These settings apply now but could not be remembered: this browser is not letting Lede store them.',
};
