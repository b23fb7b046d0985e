// Finds physical left/right styles (`margin-left`, `left:`, `text-align: right`, an asymmetric `padding: 0 1rem 0 0`, a
// sideways `translateX` outside a `:dir()` rule…) in Lede's stylesheets and inline styles, so that a right-to-left
// publication mirrors by construction (build/logical-properties.test.ts fails on any). Top and bottom are not
// looked for: they do not change with the text's direction.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Declaration {
  property: string;
  value: string;
  /** The enclosing rules' preludes, outermost first (`@media …`, `.a`, `&:hover`). */
  rules: string[];
  line: number;
  /** A comment on the declaration's line. */
  comment?: string;
}

export interface Finding {
  file: string;
  line: number;
  declaration: string;
  why: string;
}

/** A declaration may stay physical when its line says why: `/* physical on purpose: a magnifier is not mirrored *\/`. */
const ON_PURPOSE = /^\s*physical on purpose:\s*\S/;

/** The declarations of a stylesheet (plain or nested CSS); comments are skipped and strings kept whole. */
export function declarations(css: string): Declaration[] {
  const found: Declaration[] = [];
  const comments = new Map<number, string>();
  const rules: string[] = [];
  let buffer = '';
  let line = 1;
  let depth = 0; // parentheses: `;` inside url(…) or var(…, …) ends nothing
  const end = () => {
    const text = buffer.trim();
    buffer = '';
    const colon = text.indexOf(':');
    if (colon > 0 && !text.startsWith('@'))
      found.push({ property: text.slice(0, colon).trim().toLowerCase(), value: text.slice(colon + 1).trim(), rules: [...rules], line });
  };
  for (let i = 0; i < css.length; i++) {
    const c = css[i] as string;
    if (c === '/' && css[i + 1] === '*') {
      const close = css.indexOf('*/', i + 2);
      const stop = close === -1 ? css.length : close;
      const text = css.slice(i + 2, stop);
      comments.set(line, text);
      line += text.split('\n').length - 1;
      i = stop + 1;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      buffer += css.slice(i, j + 1);
      i = j;
    } else if (c === '(' || c === ')') {
      depth += c === '(' ? 1 : -1;
      buffer += c;
    } else if (depth > 0) {
      buffer += c;
      if (c === '\n') line++;
    } else if (c === '{') {
      rules.push(buffer.trim().replace(/\s+/g, ' '));
      buffer = '';
    } else if (c === ';' || c === '}') {
      end();
      if (c === '}') rules.pop();
    } else {
      if (c === '\n') line++;
      buffer += c;
    }
  }
  for (const declaration of found) {
    const comment = comments.get(declaration.line);
    if (comment !== undefined) declaration.comment = comment;
  }
  return found;
}

/** The top-level words of a value: `0 calc(1px + 2px) var(--a, 1px)` → three. */
function words(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let word = '';
  for (const c of value) {
    if (/\s/.test(c) && depth === 0) {
      if (word) out.push(word);
      word = '';
      continue;
    }
    if (c === '(') depth++;
    if (c === ')') depth--;
    word += c;
  }
  if (word) out.push(word);
  return out;
}

/** Shorthands whose four values run top, right, bottom, left. */
const BOX_SHORTHANDS = /^(margin|padding|inset|scroll-margin|scroll-padding|border-width|border-style|border-color)$/;
const SIDE = /(^|[^-\w])(left|right)([^-\w]|$)/;
const isZero = (word: string | undefined) => word === undefined || /^[-+]?0*\.?0*(px|%|rem|em)?$/.test(word);

/** Why a declaration is physical on the inline axis, or null. */
export function physicalReason({ property, value, rules }: Pick<Declaration, 'property' | 'value' | 'rules'>): string | null {
  const bare = value.replace(/\s*!important\s*$/, '');
  // Keywords count outside strings and url()s only (`content: 'left'` says nothing of the layout).
  const plain = bare.replace(/(["'])(?:\\.|(?!\1).)*\1|url\([^)]*\)/g, '');
  const side = /(left|right)/.exec(property)?.[1];
  const start = side === 'left' ? 'start' : 'end';
  if (/^(margin|padding|scroll-margin|scroll-padding)-(left|right)$/.test(property))
    return `use ${property.replace(/(left|right)$/, `inline-${start}`)}`;
  if (/^border-(left|right)(-(width|style|color))?$/.test(property)) return `use ${property.replace(/(left|right)/, `inline-${start}`)}`;
  if (/^border-(top|bottom)-(left|right)-radius$/.test(property)) return 'use border-start-start-radius and its kin';
  if (property === 'left' || property === 'right') return `use inset-inline-${start}`;
  if (/^(float|clear|text-align|text-align-last|justify-content|justify-items|justify-self|caption-side)$/.test(property) && SIDE.test(plain))
    return 'use start or end (inline-start, inline-end)';
  if (/^(background|background-position|object-position|transform-origin|mask-position|perspective-origin)$/.test(property) && SIDE.test(plain))
    return 'a left or right edge: one that mirrors, or none';
  if (property === 'background-position-x') return 'a horizontal position does not mirror';
  if (property === 'direction') return 'the direction comes from the dir attribute, not CSS';
  if (BOX_SHORTHANDS.test(property)) {
    const w = words(bare);
    const axis = (name: string) => (property.startsWith('border-') ? property.replace('border-', `border-${name}-`) : `${property}-${name}`);
    if (w.length === 4 && w[1] !== w[3]) return `a different right and left: use ${axis('block')} and ${axis('inline')}`;
  }
  if (property === 'border-radius') {
    for (const half of bare.split('/')) {
      const [tl, tr = tl, br = tl, bl = tr] = words(half.trim());
      if (tl !== tr || br !== bl) return 'corners that differ left and right: use border-start-start-radius and its kin';
    }
  }
  // A sideways move or flip is right in one direction only: it belongs in a :dir() rule.
  const first = words(bare)[0];
  const sideways =
    (property === 'transform' && /translateX\(\s*(?!0\s*\))|translate(3d)?\(\s*(?!0\s*[,)])|scale(X|3d)?\(\s*-/.test(bare)) ||
    (property === 'translate' && !isZero(first)) ||
    (property === 'scale' && first?.startsWith('-') === true);
  if (sideways && !rules.some((rule) => /:dir\(|\[dir[=~|]/.test(rule))) return 'a sideways move or flip outside a :dir() rule';
  return null;
}

/** The physical declarations of a stylesheet, but those whose line says why they are on purpose. */
export function physicalInCss(file: string, css: string, firstLine = 1): Finding[] {
  return declarations(css).flatMap((declaration) => {
    const why = physicalReason(declaration);
    if (!why || (declaration.comment !== undefined && ON_PURPOSE.test(declaration.comment))) return [];
    return [{ file, line: declaration.line + firstLine - 1, declaration: `${declaration.property}: ${declaration.value}`, why }];
  });
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The body of a `{ … }` that opens at `open`, matched by depth (strings are simple enough in style objects). */
function braced(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

/** The physical styles of a TypeScript module: its style objects, `<style>` blocks and `.style.*` writes. */
export function physicalInScript(file: string, source: string): Finding[] {
  const findings: Finding[] = [];
  // A JSX style (`style={{ … }}`, `style={on ? { … } : undefined}`) or a CSSProperties object.
  for (const match of source.matchAll(/\bstyle=\{|CSSProperties\s*=\s*\{/g)) {
    const body = braced(source, (match.index ?? 0) + match[0].length - 1);
    for (const entry of body.matchAll(/([A-Za-z]+)\s*:\s*([^,]+)/g)) {
      const [, key = '', raw = ''] = entry;
      const value = raw.trim().replace(/^[`'"]|[`'"]$/g, '');
      const why = physicalReason({ property: kebab(key), value, rules: [] });
      if (why) findings.push({ file, line: lineAt(source, (match.index ?? 0) + (entry.index ?? 0)), declaration: `${key}: ${raw.trim()}`, why });
    }
  }
  for (const match of source.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
    findings.push(...physicalInCss(file, match[1] ?? '', lineAt(source, match.index ?? 0)));
  }
  for (const match of source.matchAll(/\.style\.(?:setProperty\(\s*['"]([\w-]+)['"]\s*,\s*([^)]*)\)|(\w+)\s*=([^=;\n][^;\n]*))/g)) {
    const property = match[1] ?? kebab(match[3] ?? '');
    const value = (match[2] ?? match[4] ?? '').trim().replace(/^[`'"]|[`'"]$/g, '');
    const why = physicalReason({ property, value, rules: [] });
    if (why) findings.push({ file, line: lineAt(source, match.index ?? 0), declaration: match[0], why });
  }
  return findings.sort((a, b) => a.line - b.line);
}

const SKIPPED = /^(node_modules|dist.*|test-results|playwright-report|screenshots|coverage|\..*)$/;

/** Every file under `dir` (relative to `root`) that `keep` accepts, skipping builds, dependencies and hidden folders. */
function filesUnder(root: string, dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return SKIPPED.test(entry.name) ? [] : filesUnder(root, path, keep);
    return keep(path) ? [path] : [];
  });
}

/**
 * Every physical style Lede ships: every stylesheet in the project and the inline styles of its TypeScript and HTML
 * (src, build, scripts and index.html; tests are not shipped, and mocks' WordPress samples are content, not Lede's).
 */
export function physicalStyles(root: string): Finding[] {
  const css = filesUnder(root, '', (path) => path.endsWith('.css'));
  const scripts = ['src', 'build', 'scripts'].flatMap((dir) =>
    filesUnder(root, dir, (path) => /\.(ts|tsx|mts|mjs|html)$/.test(path) && !/\.test\.|\.d\.m?ts$/.test(path)),
  );
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  return [
    ...css.flatMap((path) => physicalInCss(path, read(path))),
    ...[...scripts, 'index.html'].flatMap((path) => physicalInScript(relative(root, join(root, path)), read(path))),
  ];
}
