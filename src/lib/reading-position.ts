// Where the reader stopped in each long story, kept on this device: the share of the story scrolled (for the offer's
// "You read 45%") and the place itself, a body block and how far into it (to land on the same words, whatever the
// screen's width or the layout of the blocks above it).
import { readStoredRecord, writeStoredRecord } from './storage';

const KEY = 'lede:reading-positions';
const MAX_STORIES = 40;

/** A place in a story's body: the block at the top of the screen and the share of it already scrolled past. */
export interface BodyAnchor {
  block: number;
  offset: number;
}

export interface ReadingPosition {
  /** Share of the story scrolled, 0–1. */
  progress: number;
  /** Absent in positions saved before anchors were kept: those resume by `progress`. */
  anchor?: BodyAnchor;
}

interface Stored extends ReadingPosition {
  at: string;
}

/** A share (of a story or a block) kept between 0 and 1. */
export const clampShare = (value: number) => Math.min(1, Math.max(0, value));
const isAnchor = (value: unknown): value is BodyAnchor =>
  typeof value === 'object' &&
  value !== null &&
  Number.isInteger((value as BodyAnchor).block) &&
  (value as BodyAnchor).block >= 0 &&
  typeof (value as BodyAnchor).offset === 'number';

/** The saved position worth offering to resume: past the opening and before the end. */
export function resumablePosition(slug: string): ReadingPosition | null {
  const saved = readStoredRecord<Stored>(KEY)[slug];
  const progress = saved?.progress;
  if (typeof progress !== 'number' || !(progress > 0.12 && progress < 0.92)) return null;
  return isAnchor(saved?.anchor) ? { progress, anchor: { block: saved.anchor.block, offset: clampShare(saved.anchor.offset) } } : { progress };
}

export function savePosition(slug: string, position: ReadingPosition): void {
  const all = readStoredRecord<Stored>(KEY);
  all[slug] = { ...position, progress: clampShare(position.progress), at: new Date().toISOString() };
  writeStoredRecord(KEY, all, (entry) => entry.at, MAX_STORIES);
}
