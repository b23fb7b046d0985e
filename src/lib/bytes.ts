// Human-readable storage sizes ("1.4 MB"), via Intl in the publication's locale.
import { PUBLICATION } from './publication';

const formatters = new Map<string, Intl.NumberFormat>();

export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const key = units[unit] ?? 'byte';
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(PUBLICATION.locale, { style: 'unit', unit: key, unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 });
    formatters.set(key, format);
  }
  return format.format(value);
}
