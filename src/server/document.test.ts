// A server-rendered (or prerendered) page keeps the frame's language and direction, and the render server refuses a
// frame built for another publication than its own; the frame's early paint is not carried by a rendered page.
import { describe, expect, it } from 'vitest';
import { withDocumentLanguage } from '../../build/document-language';
import { appShellHtml } from '../boot/shell';
import { PUBLICATION } from '../lib/publication';
import { checkTemplate, pageDocument } from './document';

const frame = (language: string, dir: 'ltr' | 'rtl') =>
  withDocumentLanguage(`<!doctype html><html><head><title>Lede</title></head><body><div id="root">${appShellHtml()}</div></body></html>`, {
    language,
    dir,
  });
const state = { queries: { mutations: [], queries: [] }, origin: 'https://news.example', path: '/' };

describe("a server-rendered page's language and direction", () => {
  it('are the frame’s, on <html> beside the server-rendered mark', () => {
    const html = pageDocument(frame('ar', 'rtl'), { app: '<main></main>', head: '', state });
    const root = new DOMParser().parseFromString(html, 'text/html').documentElement;
    expect(root.getAttribute('lang')).toBe('ar');
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(root.hasAttribute('data-server-rendered')).toBe(true);
  });

  it("keeps the page start and leaves out the early paint, which only the shell uses, and the manifest's link", () => {
    const scripts =
      '<link rel="manifest" href="/manifest.webmanifest"><script>preferences()</script><script>pageStart()</script><script data-lede-early-paint>earlyPaint()</script>';
    const template = frame(PUBLICATION.language, PUBLICATION.dir).replace('</head>', `${scripts}</head>`);
    const html = pageDocument(template, { app: '<main></main>', head: '', state });
    const head = new DOMParser().parseFromString(html, 'text/html').head;
    expect([...head.querySelectorAll('script')].map((script) => script.textContent)).toEqual(['preferences()', 'pageStart()']);
    expect(head.querySelector('link[rel="manifest"]')).toBeNull(); // the page start links it once the page is shown
  });

  it("the render server takes its own publication's frame and refuses another's", () => {
    expect(() => checkTemplate(frame(PUBLICATION.language, PUBLICATION.dir))).not.toThrow();
    const other = PUBLICATION.dir === 'rtl' ? frame('en', 'ltr') : frame('ar', 'rtl');
    expect(() => checkTemplate(other)).toThrow(/not the frame of publication/);
  });
});
