// Links in WordPress content keep Lede's scheme rules; the site's own posts and topics become app routes.
import { describe, expect, it } from 'vitest';
import { networkFromUrl } from './embeds';
import { ledeHref, ledeImageUrl } from './links';

const SITE = 'https://news.example.com';

describe('ledeHref', () => {
  it.each([
    ['https://example.org/report', 'https://example.org/report'],
    ['/2023/05/20/ferry-timetable/', '/story/ferry-timetable'],
    [`${SITE}/2023/05/ferry-timetable/`, '/story/ferry-timetable'],
    [`${SITE}/category/transport/`, '/topic/transport'],
    [`${SITE}/category/news/transport/`, '/topic/transport'],
    [`${SITE}/tag/alder-street/`, '/topic/alder-street'],
    // A bare /slug/ may be a page as well as a post: it stays a link to the site.
    [`${SITE}/tips/`, `${SITE}/tips/`],
    [`${SITE}/?p=41`, `${SITE}/?p=41`],
    [`${SITE}/wp-content/uploads/2023/05/report.pdf`, `${SITE}/wp-content/uploads/2023/05/report.pdf`],
    ['about/', `${SITE}/about/`],
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:x', null],
    ['mailto:tips@example.com', null],
    ['//evil.example/x', null],
    ['/\t/evil.example/x', null],
    ['\\\\evil.example', null],
    ['#section', null],
    ['', null],
  ])('with the site known, %j becomes %j', (href, expected) => {
    expect(ledeHref(href, SITE)).toBe(expected);
  });

  it('resolves a photo against the site, never the app, and loads only http(s)', () => {
    expect(ledeImageUrl('/wp-content/uploads/a.jpg', SITE)).toBe(`${SITE}/wp-content/uploads/a.jpg`);
    expect(ledeImageUrl('a.jpg', `${SITE}/news/`)).toBe(`${SITE}/news/a.jpg`);
    expect(ledeImageUrl('https://cdn.example/a.jpg', SITE)).toBe('https://cdn.example/a.jpg');
    for (const src of ['data:image/png;base64,AA', 'javascript:x', 'blob:https://x/1', '//cdn.example/a.jpg', ''])
      expect(ledeImageUrl(src, SITE)).toBeNull();
  });
});

describe('networkFromUrl', () => {
  it.each([
    ['https://twitter.com/a/status/1', 'X'],
    ['https://x.com/a/status/1', 'X'],
    ['https://mobile.twitter.com/a/status/1', 'X'],
    ['https://bsky.app/profile/a.bsky.social/post/3k', 'Bluesky'],
    ['https://youtu.be/dQw4w9WgXcQ', 'YouTube'],
    ['https://www.instagram.com/p/abc/', 'Instagram'],
    ['https://www.facebook.com/page/posts/1', 'Facebook'],
    ['https://www.tiktok.com/@a/video/1', 'TikTok'],
    ['https://social.example/@reporter/1100000', 'Mastodon'],
    ['https://www.threads.net/@a/post/x', 'Threads'],
    ['https://www.example.net/post', 'example.net'],
    ['not a url', 'the web'],
  ])('%s is on %s', (url, network) => {
    expect(networkFromUrl(url)).toBe(network);
  });
});
