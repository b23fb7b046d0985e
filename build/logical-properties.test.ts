// Right to left by construction: Lede's styles use logical properties only, so a right-to-left publication mirrors
// without a second stylesheet. The checker is proved on planted rules first, then run over every source.
import { describe, expect, it } from 'vitest';
import { declarations, physicalInCss, physicalInScript, physicalStyles } from './logical-properties';

const found = (css: string) => physicalInCss('planted.css', css).map((finding) => finding.declaration);

describe('the physical-style checker', () => {
  it('finds every kind of physical left/right rule', () => {
    const planted = [
      'margin-left: 1rem',
      'padding-right: 0',
      'scroll-margin-left: 1rem',
      'border-left: 4px solid',
      'border-right-color: red',
      'border-top-left-radius: 2px',
      'left: 0',
      'right: var(--space-4)',
      'float: left',
      'clear: right',
      'text-align: left',
      'justify-content: right',
      'background-position: right 1rem top',
      'transform-origin: left center',
      'direction: rtl',
      'margin: 0 1rem 0 0',
      'padding: var(--a) var(--b) var(--a) calc(-1 * var(--c))',
      'inset: 0 auto auto 0',
      'border-width: 1px 2px 1px 0',
      'border-radius: 0 6px 6px 0',
      'border-radius: 6px 6px 0 0 / 2px 0',
      'transform: translateX(-50%)',
      'transform: translate(1rem, 0)',
      'transform: scaleX(-1)',
      'translate: -0.15rem 0',
    ];
    expect(found(`.planted {\n${planted.map((d) => `  ${d};`).join('\n')}\n}`)).toEqual(planted);
  });

  it('passes logical and symmetric rules, and physical words in comments, strings and names', () => {
    const css = `/* margin-left: 1rem; left: 0 */
.a { margin-inline-start: 1rem; padding-inline: 1rem 0; inset-inline-end: 0; text-align: start; float: inline-start; }
.b { margin: 0 auto; padding: 1rem 2rem 3rem; inset: 5.5rem 0 auto; border-radius: 999px; border-start-start-radius: 0; }
.c { content: 'left: 0; right: 1rem'; background: url("data:image/svg+xml;left:0"); --left: 1rem; grid-area: left; }
.d { transform: translateY(-2px); translate: 0 0.4rem; justify-content: flex-end; border-inline-start: 4px solid; }
.e:dir(rtl) { transform: scaleX(-1); }
:root[dir='rtl'] .f { translate: 50% 0; }
@media (min-width: 40em) { .g { margin-inline: auto; } }`;
    expect(found(css)).toEqual([]);
  });

  it('keeps a physical rule whose line says why it is on purpose, and no other', () => {
    const css = `.magnifier::before {
  translate: -0.15rem -0.15rem; /* physical on purpose: a magnifier is the same both ways */
  translate: -0.15rem -0.15rem; /* a comment that says nothing of purpose */
  /* physical on purpose: said on the wrong line */
  left: 0;
}`;
    expect(physicalInCss('planted.css', css).map(({ line, declaration }) => [line, declaration])).toEqual([
      [3, 'translate: -0.15rem -0.15rem'],
      [5, 'left: 0'],
    ]);
  });

  it('reads nested rules and reports the line of each declaration', () => {
    const parsed = declarations('.a {\n  color: red;\n  &:hover {\n    margin-right: 1px;\n  }\n}\n');
    expect(parsed.map(({ property, rules, line }) => [property, rules, line])).toEqual([
      ['color', ['.a'], 2],
      ['margin-right', ['.a', '&:hover'], 4],
    ]);
  });

  it("finds physical styles in a module's style objects, <style> blocks and style writes", () => {
    const source = [
      'const a = <div style={{ aspectRatio: `${w}/${h}`, marginLeft: 4 }} />;',
      'const b = `<style>.x { text-align: right; }</style>`;',
      "node.style.left = '0';",
      "node.style.setProperty('padding-right', '1rem');",
      "const c = <div style={{ paddingInlineStart: 4, textAlign: 'start' }} />;",
      'const d = <div style={on ? { transform: `translateX(${x}px)` } : undefined} />;',
      'const e: CSSProperties = { right: 0 };',
    ].join('\n');
    expect(physicalInScript('planted.tsx', source).map(({ line, why }) => [line, why])).toEqual([
      [1, 'use margin-inline-start'],
      [2, 'use start or end (inline-start, inline-end)'],
      [3, 'use inset-inline-start'],
      [4, 'use padding-inline-end'],
      [6, 'a sideways move or flip outside a :dir() rule'],
      [7, 'use inset-inline-end'],
    ]);
  });
});

describe("Lede's styles", () => {
  it('use logical properties only: every stylesheet, inline style and <style> block in src, build, scripts and index.html', () => {
    const findings = physicalStyles(process.cwd()).map(({ file, line, declaration, why }) => `${file}:${line} ${declaration} (${why})`);
    expect(findings).toEqual([]);
  });
});
