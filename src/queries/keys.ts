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
