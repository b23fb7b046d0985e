// A server-rendered (or prerendered) page keeps the frame's language and direction, and the render server refuses a
// frame built for another publication than its own.
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

  it("the render server takes its own publication's frame and refuses another's", () => {
    expect(() => checkTemplate(frame(PUBLICATION.language, PUBLICATION.dir))).not.toThrow();
    const other = PUBLICATION.dir === 'rtl' ? frame('en', 'ltr') : frame('ar', 'rtl');
    expect(() => checkTemplate(other)).toThrow(/not the frame of publication/);
  });
});
