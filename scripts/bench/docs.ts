// Writes one bench's results into its own marked section of docs/performance.md, leaving every other section alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DOC = join(resolve(import.meta.dirname, '..', '..'), 'docs', 'performance.md');

/**
 * Replaces what stands between `<!-- marker:start -->` and `<!-- marker:end -->` with `body`; where the markers are
 * missing, appends the section under `heading` (when given).
 */
export function writeDocSection(marker: string, body: string, heading?: string): void {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const block = `${start}\n${body}\n${end}`;
  const doc = readFileSync(DOC, 'utf8');
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  const next =
    a === -1 || b < a ? `${doc.trimEnd()}\n\n${heading ? `${heading}\n\n` : ''}${block}\n` : doc.slice(0, a) + block + doc.slice(b + end.length);
  writeFileSync(DOC, next);
}
