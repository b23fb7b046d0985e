import { describe, expect, it } from 'vitest';
import { isExternalHref, isSafeHref } from './safe-url';

describe('isSafeHref', () => {
  it.each(['https://example.com/a', 'http://example.com', '/story/x', '/topic/city?x=1'])('allows %s', (href) => {
    expect(isSafeHref(href)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    '//evil.example/x',
    '/\\evil.example',
    'mailto:a@b.c',
    '',
    'not a url',
  ])('refuses %j', (href) => {
    expect(isSafeHref(href)).toBe(false);
  });

  it('tells external links from internal ones', () => {
    expect(isExternalHref('https://example.com')).toBe(true);
    expect(isExternalHref('/story/a')).toBe(false);
  });
});
