// Query keys for every resource; only src/queries knows these.
export const articleKeys = {
  all: ['article'] as const,
  detail: (slug: string) => ['article', slug] as const,
  similar: (slug: string) => ['article', slug, 'similar'] as const,
};

export const listKeys = {
  front: ['front'] as const,
  popular: ['popular', 'week'] as const,
  hotTopics: ['hot-topics'] as const,
};

export const topicKeys = {
  detail: (slug: string) => ['topic', slug] as const,
  stories: (slug: string) => ['topic', slug, 'stories'] as const,
};

export const archiveKeys = {
  all: ['archive'] as const,
  /** One infinite list per starting day; `null` is the newest stories. */
  list: (before: string | null) => ['archive', { before }] as const,
};

export const searchKeys = {
  results: (query: string) => ['search', query] as const,
};
