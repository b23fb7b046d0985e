// Post addresses on a live page: `/story/:slug#post-<id>` (ids are URL-safe by the contract).
const PREFIX = 'post-';

/** The element id (and URL fragment) of a post. */
export const postAnchor = (id: string) => `${PREFIX}${id}`;

/** The post id a URL fragment names (`#post-<id>`), or null. */
export function postIdFromHash(hash: string): string | null {
  const match = /^#post-([A-Za-z0-9_-]{1,64})$/.exec(hash);
  return match ? match[1]! : null;
}
