// URL safety for content links: only http(s) and same-site relative paths are ever rendered as links.

/** True when `href` is an absolute http(s) URL or a root-relative path on this site. */
export function isSafeHref(href: string): boolean {
  const trimmed = href.trim();
  // Control characters inside a URL are a classic way to sneak `java\tscript:` past naive checks.
  // oxlint-disable-next-line no-control-regex
  if (trimmed === '' || /[\u0000-\u001f\u007f]/.test(trimmed)) return false;
  if (trimmed.startsWith('/')) return !trimmed.startsWith('//') && !trimmed.startsWith('/\\');
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** True for links that leave the site, which open with rel="noopener noreferrer". */
export function isExternalHref(href: string): boolean {
  return !href.trim().startsWith('/');
}

/** A content image URL, trimmed, when it is http(s) or root-relative; null for data:, javascript: and the like. */
export function safeImageSrc(url: string): string | null {
  return isSafeHref(url) ? url.trim() : null;
}
