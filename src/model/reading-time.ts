// Reading time of a story from its words (headline, standfirst and text blocks), at a calm 230 words a minute.
import type { Story, Inline } from '../api/story';

const WORDS_PER_MINUTE = 230;

function inlineText(runs: Inline[]): string {
  return runs.map((run) => run.text).join('');
}

export function storyWords(story: Pick<Story, 'headline' | 'standfirst' | 'body'>): number {
  const parts = [story.headline, story.standfirst];
  for (const block of story.body) {
    if (block.type === 'paragraph' || block.type === 'cta') parts.push(inlineText(block.content));
    else if (block.type === 'heading' || block.type === 'quote' || block.type === 'embed') parts.push(block.text);
    else if (block.type === 'list') parts.push(...block.items.map(inlineText));
  }
  return parts.join(' ').split(/\s+/).filter(Boolean).length;
}

/** Whole minutes, at least one. */
export function readingMinutes(story: Pick<Story, 'headline' | 'standfirst' | 'body'>): number {
  return Math.max(1, Math.round(storyWords(story) / WORDS_PER_MINUTE));
}
