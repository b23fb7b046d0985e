// Strings that only one content source's code contains, so a build's output shows which sources it carries.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHELL_FILE } from '../src/lib/server-state';

/** From the WordPress source and its mapper (src/api/sources/wordpress/), never from shared code. */
export const WORDPRESS_MARKERS = ['/wp-json/wp/v2', 'wp:featuredmedia', 'tax_relation', 'wp-block-embed__wrapper', 'lede-cta'];
/** From Lede's contract (src/api/sources/lede/). */
export const LEDE_CONTRACT_MARKERS = ['/hot-topics', '/popular?period=week', '/similar'];

/** The app's JavaScript as built: every chunk, the service worker and the frame's inline scripts (shell.html). */
export function builtCode(dir: string): string {
  const assets = readdirSync(join(dir, 'assets')).filter((file) => file.endsWith('.js'));
  return [...assets.map((file) => join(dir, 'assets', file)), join(dir, 'sw.js'), join(dir, SHELL_FILE)]
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}
