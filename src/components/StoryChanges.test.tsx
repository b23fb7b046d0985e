import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../api/story';
import { blockText, diffStories } from '../model/story-diff';
import { renderWithRouter } from '../test/render';
import { StoryBody } from './StoryBody';
import { StoryChanges } from './StoryChanges';

const p = (text: string): BodyBlock => ({ type: 'paragraph', content: [{ type: 'text', text, marks: [] }] });

const before = [
  p('The council met on Tuesday to discuss the ferry contract and its costs.'),
  p('Tidewright Marine said it had followed every rule in the tender process.'),
  p('Opposition councillors asked for the scoring sheets to be published in full.'),
];
const after = [
  p('The council met on Tuesday to discuss the ferry contract and its costs.'),
  p('Tidewright Marine said on Wednesday it had followed every rule in the tender.'),
  p('An independent review will report to the council before the spring budget.'),
];

describe('marking what changed', () => {
  const diff = diffStories(before, after);

  it('marks edited and added paragraphs in the story body, and leaves the rest alone', () => {
    const { container } = renderWithRouter(<StoryBody blocks={after} changes={diff.changed} />);
    const marked = [...container.querySelectorAll('[data-change]')];
    expect(marked.map((element) => element.getAttribute('data-change'))).toEqual(['edited', 'added']);
    expect(marked[0]).toHaveTextContent('Changed since your last visit:');
    expect(marked[0]).toHaveTextContent('said on Wednesday');
    expect(marked[1]).toHaveTextContent('Added since your last visit:');
    expect(screen.getByText(/The council met on Tuesday/).closest('[data-change]')).toBeNull();
  });

  it('lists the changes, removed paragraphs included, with when the reader last read it', () => {
    render(<StoryChanges diff={diff} blocks={after.map(blockText)} readAt="2025-11-20T15:00:00Z" updatedAt="2025-11-21T23:15:00Z" />);
    expect(screen.getByText(/This story has changed since you last read it/)).toHaveTextContent('11/20/25 at 10:00 a.m. ET');
    const list = screen.getByRole('list');
    const items = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      expect.stringMatching(/^Updated: Tidewright Marine said on Wednesday/),
      expect.stringMatching(/^Added: An independent review/),
      expect.stringMatching(/^Removed: Opposition councillors asked/),
    ]);
    expect(list.querySelector('del')).toHaveTextContent('Opposition councillors');
  });
});
