// Finds and starts the Firefox the Firefox suite drives (Debian's firefox-esr, or LEDE_FIREFOX_PATH) over WebDriver
// BiDi with puppeteer-core: Playwright 1.65 cannot open a context in Firefox ESR (decision 032).
import { existsSync } from 'node:fs';
import { launch, type Browser } from 'puppeteer-core';

const HOW_TO_GET_ONE =
  "No Firefox found for the Firefox suite: install Debian's (`sudo apt-get install -y firefox-esr`) or set LEDE_FIREFOX_PATH to a Firefox binary.";

/** The Firefox to drive: LEDE_FIREFOX_PATH, else Debian's. */
export const FIREFOX_PATH = process.env.LEDE_FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** A headless Firefox whose every request goes through the proxy on `proxyPort` (./network.ts), localhost included. */
export function launchFirefox(executablePath: string, proxyPort: number): Promise<Browser> {
  if (!existsSync(executablePath)) throw new Error(`There is no Firefox at ${executablePath}. ${HOW_TO_GET_ONE}`);
  return launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.no_proxies_on': '',
    },
  });
}
