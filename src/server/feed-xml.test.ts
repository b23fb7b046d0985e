// XML text for the feeds: what is escaped, what is dropped, and the address reader the e2e checks use.
import { describe, expect, it } from 'vitest';
import { element, escapeXml, newest, rfc822, textElement, w3cDateTime, xmlDocument } from './feed-xml';
import { urlsOf } from './feed-test-support';

describe('escapeXml', () => {
  it("escapes XML's five special characters", () => {
    expect(escapeXml(`a & b < c > d "e" 'f' ]]>`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos; ]]&gt;');
  });

  it('drops characters XML cannot carry, and keeps tabs, line breaks and whole emoji', () => {
    expect(escapeXml('a\u0000b\u0007c\u000bd\u007fe\u0085f\ufffeg\uffffh')).toBe('abcdefgh');
    expect(escapeXml('lone \ud800 high, lone \udc00 low')).toBe('lone  high, lone  low');
    expect(escapeXml('tab\tline\ncr\r 📰')).toBe('tab\tline\ncr\r 📰');
  });
});

describe('elements and dates', () => {
  it('escapes text and attribute values, and refuses names that are not XML names', () => {
    expect(element('a', { href: 'x" onload="y' }, textElement('b', '<i>'))).toBe('<a href="x&quot; onload=&quot;y"><b>&lt;i&gt;</b></a>');
    expect(() => element('a b', null)).toThrow(TypeError);
    expect(() => element('a', { 'x="1" y': '' })).toThrow(TypeError);
  });

  it('writes RSS and sitemap dates in UTC, and finds the newest instant', () => {
    expect(rfc822('2026-11-23T07:30:00-05:00')).toBe('Mon, 23 Nov 2026 12:30:00 GMT');
    expect(w3cDateTime('2026-11-23T07:30:00.250-05:00')).toBe('2026-11-23T12:30:00Z');
    expect(newest(['2026-01-02T00:00:00Z', '2026-01-03T00:00:00+10:00', '2026-01-02T20:00:00Z'])).toBe('2026-01-02T20:00:00Z');
    expect(newest([])).toBeNull();
  });
});

describe('urlsOf', () => {
  it("reads a document's addresses as an XML parser does, entities and all", () => {
    const link = 'https://news.example/story/a?x=1&y=<2>';
    const body = xmlDocument(
      element(
        'rss',
        { 'xmlns:atom': 'http://www.w3.org/2005/Atom' },
        element('atom:link', { href: link, rel: 'self' }),
        textElement('title', 'not <loc>https://evil.example</loc> nor href="https://evil.example"'),
        textElement('link', 'https://news.example/'),
        textElement('guid', link, { isPermaLink: 'true' }),
        textElement('category', 'City', { domain: 'https://news.example/topic/city' }),
        textElement('loc', 'https://news.example/sitemaps/news.xml'),
      ),
    );
    const document = new DOMParser().parseFromString(body, 'application/xml');
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(urlsOf(body)).toEqual([link, 'https://news.example/', 'https://news.example/topic/city', 'https://news.example/sitemaps/news.xml']);
    expect(urlsOf(body)).not.toContain('https://evil.example');
  });

  it("reads robots.txt's Sitemap lines", () => {
    expect(urlsOf('User-agent: *\nAllow: /\n\nSitemap: https://news.example/sitemap.xml\nsitemap:https://news.example/sitemaps/news.xml\n')).toEqual([
      'https://news.example/sitemap.xml',
      'https://news.example/sitemaps/news.xml',
    ]);
  });
});
