// Remembers where the reader was in a long list, per history entry, so back/forward returns to the same place.
import type { VirtualItem } from '@tanstack/react-virtual';

export interface ScrollMemory {
  /** window.scrollY when the reader left. */
  offset: number;
  /** The measured sizes of the rows seen so far, so positions match exactly on return. */
  measurements: VirtualItem[];
}

const PREFIX = 'lede:list-scroll:';

export function readScrollMemory(key: string): ScrollMemory | undefined {
  try {
    const raw = window.sessionStorage.getItem(PREFIX + key);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<ScrollMemory>;
    if (typeof value.offset !== 'number' || !Array.isArray(value.measurements)) return undefined;
    return { offset: value.offset, measurements: value.measurements };
  } catch {
    return undefined;
  }
}

export function writeScrollMemory(key: string, memory: ScrollMemory): void {
  try {
    window.sessionStorage.setItem(PREFIX + key, JSON.stringify(memory));
  } catch {
    // A full or blocked sessionStorage only means the place is not restored.
  }
}
