// Finds the Chromium that Playwright (and Lighthouse) drive: env override, Debian's, else Playwright's own.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const HOW_TO_GET_ONE =
  "No Chromium found for the browser tests: install Debian's (`sudo apt-get install -y chromium`) or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium binary.";

/** The executable to launch, or undefined to let Playwright use its own downloaded browser. */
export function resolveChromium(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`PLAYWRIGHT_CHROMIUM_PATH is set to ${fromEnv}, but there is no file there. ${HOW_TO_GET_ONE}`);
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  let own = '';
  try {
    own = chromium.executablePath();
  } catch {
    own = '';
  }
  if (own && existsSync(own)) return undefined;
  throw new Error(HOW_TO_GET_ONE);
}
