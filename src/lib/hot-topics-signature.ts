// What a dismissal of the hot-topics bar remembers: the set of topics it hid, so the bar comes back when that changes.
// Shared by the bar (src/components/HotTopics.tsx) and index.html's early paint of the front page, which holds its place.

/** The remembered value for a bar of these topic slugs. */
export const hotTopicsSignature = (slugs: readonly string[]): string => slugs.join(',');
