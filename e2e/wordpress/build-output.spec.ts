// The WordPress build carries the WordPress source and not Lede's contract, its policy admits the site, and the
// server's HTML parser stays on the server.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { builtCode, LEDE_CONTRACT_MARKERS, WORDPRESS_MARKERS } from '../build-markers';
import { WORDPRESS_URL } from '../ports';

const DIST = process.env.LEDE_DIST_WORDPRESS ?? 'dist-wordpress';
/** Strings of the render server's HTML parser (html-parser.server.ts): parse5's error codes, linkedom's attribute table. */
const SERVER_PARSER_MARKERS = ['abrupt-closing-of-empty-comment', 'allowpaymentrequest'];

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

test("the server's HTML parser is in the render server's bundle and nowhere in the browser's code", () => {
  const serverDir = `${DIST}-ssr`;
  const serverCode = readdirSync(serverDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(serverDir, file), 'utf8'))
    .join('\n');
  // Found on the server, so their absence from the browser's code means something.
  expect(SERVER_PARSER_MARKERS.filter((marker) => !serverCode.includes(marker))).toEqual([]);
  const code = builtCode(DIST);
  expect(SERVER_PARSER_MARKERS.filter((marker) => code.includes(marker))).toEqual([]);
});
