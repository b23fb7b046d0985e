// Where Lede's contract serves a story: shared by the source, its early request and its worker rules.
/** `GET {apiBase}/stories/{slug}` answers the story in Lede's model. */
export function ledeStoryUrl(apiBase: string, slug: string): string {
  return `${apiBase.replace(/\/$/, '')}/stories/${encodeURIComponent(slug)}`;
}

/** `GET {apiBase}/front` answers the front page: its top stories and hot topics. */
export function ledeFrontUrl(apiBase: string): string {
  return `${apiBase.replace(/\/$/, '')}/front`;
}
