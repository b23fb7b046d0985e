// What changed between two versions of a story body: blocks added, edited or removed (by their visible text).
import type { BodyBlock } from '../api/story';

export type BlockChange = 'added' | 'edited';

export interface StoryDiff {
  /** Index in the NEW body → how that block changed. */
  changed: Map<number, BlockChange>;
  /** Text of blocks that are gone in the new version. */
  removed: string[];
}

/** The words a reader sees in a block; figures count by caption and alt text. */
export function blockText(block: BodyBlock): string {
  switch (block.type) {
    case 'paragraph':
    case 'cta':
      return block.content.map((run) => run.text).join('');
    case 'list':
      return block.items.map((item) => item.map((run) => run.text).join('')).join('\n');
    case 'figure':
      return [block.image.caption, block.image.alt].filter(Boolean).join(' ');
    default:
      return block.text;
  }
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

function words(text: string): Set<string> {
  return new Set(normalise(text).toLowerCase().split(' ').filter(Boolean));
}

/** Share of words two texts have in common (Jaccard); 1 for identical texts. */
export function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 && y.size === 0) return 1;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared += 1;
  return shared / (x.size + y.size - shared);
}

/** An edit keeps at least this share of its words; below it, a change is a removal plus an addition. */
const EDIT_THRESHOLD = 0.4;

/** Longest-common-subsequence alignment of block texts, then unmatched neighbours paired up as edits. */
export function diffBlocks(before: string[], after: string[]): StoryDiff {
  const a = before.map(normalise);
  const b = after.map(normalise);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const changed = new Map<number, BlockChange>();
  const removed: string[] = [];
  let i = 0;
  let j = 0;
  let pendingRemoved: number[] = [];
  let pendingAdded: number[] = [];
  const flush = () => {
    // Pair removed and added blocks in the same gap as edits when they are similar enough.
    for (const added of pendingAdded) {
      const match = pendingRemoved.findIndex((index) => similarity(a[index]!, b[added]!) >= EDIT_THRESHOLD);
      if (match >= 0) {
        changed.set(added, 'edited');
        pendingRemoved.splice(match, 1);
      } else {
        changed.set(added, 'added');
      }
    }
    removed.push(...pendingRemoved.map((index) => before[index]!));
    pendingRemoved = [];
    pendingAdded = [];
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i += 1;
      j += 1;
    } else if (j < b.length && (i >= a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      pendingAdded.push(j);
      j += 1;
    } else {
      pendingRemoved.push(i);
      i += 1;
    }
  }
  flush();
  return { changed, removed };
}

export function diffStories(before: BodyBlock[], after: BodyBlock[]): StoryDiff {
  return diffBlocks(before.map(blockText), after.map(blockText));
}

export function hasChanges(diff: StoryDiff): boolean {
  return diff.changed.size > 0 || diff.removed.length > 0;
}
