// The stylesheet variants `bench:style --variants` measures side by side: each rewrites the built (minified) CSS.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { STATIC_FLOOR_PATH } from './floor-pages';

export interface StyleVariant {
  /** What the variant changes, for the report. */
  what: string;
  rewrite: (css: string) => string;
}

const swap = (pattern: RegExp, by: string) => (css: string) => css.replace(pattern, by);

export const VARIANTS: Record<string, StyleVariant> = {
  base: { what: 'the build as it is', rewrite: (css) => css },
  'fonts-generic': {
    what: 'font stacks cut to their generic family (serif, sans-serif): no lookups of fonts the host lacks',
    rewrite: (css) => swap(/--font-body:[^;}]+/, '--font-body:serif')(swap(/--font-ui:[^;}]+/, '--font-ui:sans-serif')(css)),
  },
  'fonts-host': {
    what: "font stacks naming the fonts Debian resolves them to (fc-match): 'DejaVu Serif' and 'DejaVu Sans'",
    rewrite: (css) =>
      swap(/--font-body:[^;}]+/, '--font-body:"DejaVu Serif",serif')(swap(/--font-ui:[^;}]+/, '--font-ui:"DejaVu Sans",sans-serif')(css)),
  },
  'no-legibility': {
    what: 'without `text-rendering: optimizeLegibility` on body',
    rewrite: swap(/;?text-rendering:optimizelegibility/i, ''),
  },
  'no-has': {
    what: 'without the one `:has()` rule (.story-card:not(:has(img)))',
    rewrite: swap(/[^{}]*:has\([^{}]*\{[^{}]*\}/g, ''),
  },
  'no-universal': {
    what: 'without the universal `*, ::before, ::after { box-sizing }` rule (changes the look: cost only)',
    rewrite: swap(/\*,:before,:after\{box-sizing:border-box\}/, ''),
  },
  'grid-fr': {
    what: 'story and front layouts given an explicit `minmax(0, 1fr)` column on phones instead of the implicit `auto` track',
    rewrite: (css) => `${css}.story-layout,.front-layout{grid-template-columns:minmax(0,1fr)}`,
  },
  'no-balance': {
    what: 'headline without `text-wrap: balance`',
    rewrite: swap(/;?text-wrap:balance/g, ''),
  },
  'cv-auto': {
    what: 'story body blocks `content-visibility: auto` (tried and dropped: moves "continue where you stopped")',
    rewrite: (css) => `${css}.story-body>*{content-visibility:auto;contain-intrinsic-size:auto 8rem}`,
  },
  'no-css': { what: 'no author stylesheet at all: the floor of style and layout for this DOM', rewrite: () => '' },
};

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * Rewrites every inline `<style>` of an HTML document with the variant, and the CSP hashes that allow them in the
 * document's <meta>; returns the hashes replaced, for the `Content-Security-Policy` header.
 */
function rewriteStyles(variant: StyleVariant, html: string): { html: string; hashes: Array<[string, string]> } {
  const hashes: Array<[string, string]> = [];
  let out = html.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/g, (_all, open: string, css: string, close: string) => {
    const next = variant.rewrite(css);
    if (next !== css) hashes.push([sha256(css), sha256(next)]);
    return open + next + close;
  });
  for (const [before, after] of hashes) out = out.replaceAll(before, after);
  return { html: out, hashes };
}

/**
 * A copy of the built app in `outDir` whose pages (index.html, the static floor) carry the variant's CSS and whose
 * `_headers` allows it: links to every other file of `liveDir`, so a server can serve it as it serves the build.
 */
export function writeVariantDir(name: string, liveDir: string, outDir: string): void {
  const variant = VARIANTS[name];
  if (!variant) throw new Error(`Unknown variant "${name}"; known: ${Object.keys(VARIANTS).join(', ')}.`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, dirname(STATIC_FLOOR_PATH)), { recursive: true });
  const rewritten = ['index.html', '_headers', STATIC_FLOOR_PATH];
  for (const entry of readdirSync(liveDir)) {
    if (rewritten.includes(entry) || STATIC_FLOOR_PATH.startsWith(`${entry}/`)) continue;
    symlinkSync(join(liveDir, entry), join(outDir, entry));
  }
  let headers = readFileSync(join(liveDir, '_headers'), 'utf8');
  for (const page of ['index.html', STATIC_FLOOR_PATH]) {
    const { html, hashes } = rewriteStyles(variant, readFileSync(join(liveDir, page), 'utf8'));
    if (hashes.length === 0) throw new Error(`Variant "${name}" changed nothing in ${page}'s CSS: does its pattern still match the build?`);
    for (const [before, after] of hashes) headers = headers.replaceAll(before, after);
    writeFileSync(join(outDir, page), html);
  }
  writeFileSync(join(outDir, '_headers'), headers);
}
