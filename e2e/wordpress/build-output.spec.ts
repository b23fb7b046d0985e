// The WordPress build carries the WordPress source and not Lede's contract, and its policy admits the site.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { builtCode, LEDE_CONTRACT_MARKERS, WORDPRESS_MARKERS } from '../build-markers';
import { WORDPRESS_URL } from '../ports';

const DIST = process.env.LEDE_DIST_WORDPRESS ?? 'dist-wordpress';

test('the WordPress build carries the WordPress source only', () => {
  const code = builtCode(DIST);
  // The same markers the demo and HTTP-API builds are checked not to contain (e2e/http/build-output.spec.ts).
  expect(WORDPRESS_MARKERS.filter((marker) => !code.includes(marker))).toEqual([]);
  expect(LEDE_CONTRACT_MARKERS.filter((marker) => code.includes(marker))).toEqual([]);
});

test('its Content-Security-Policy lets the app read the site and show its images, and nothing more', () => {
  const origin = new URL(WORDPRESS_URL ?? '').origin;
  const policy = /^\s*Content-Security-Policy: (.*)$/m.exec(readFileSync(join(DIST, '_headers'), 'utf8'))?.[1] ?? '';
  expect(policy).toContain(`connect-src 'self' ${origin};`);
  expect(policy).toMatch(new RegExp(`img-src 'self' data: (\\S+ )*${origin.replace(/[.:/]/g, '\\$&')}[ ;]`));
  expect(policy).not.toMatch(/unsafe-(eval|inline)/);
});
