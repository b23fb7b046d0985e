// The English publication's words keep the house style the app had before the catalog: names joined with no serial
// comma, "1 story" and "2 stories", "5 min read".
import { describe, expect, it } from 'vitest';
import { bylineTree } from '../../components/story-header-tree';
import { lists } from './en/lists';
import { story } from './en/story';

type Node = ReturnType<typeof bylineTree>;
const text = (node: Node): string => node.children.map((child) => (typeof child === 'string' ? child : text(child))).join('');

describe('English words', () => {
  it('joins three names with commas and "and", no serial comma', () => {
    expect(text(bylineTree([{ name: 'Ana Ruiz' }, { name: 'Tom Reed', role: 'Transport editor' }, { name: 'Jo Park' }]))).toBe(
      'By Ana Ruiz, Tom Reed, Transport editor and Jo Park',
    );
    expect(text(bylineTree([{ name: 'Ana Ruiz' }, { name: 'Jo Park' }]))).toBe('By Ana Ruiz and Jo Park');
  });

  it('counts stories in the singular and the plural', () => {
    expect([1, 2, 1000].map(lists.shown)).toEqual(['1 story shown.', '2 stories shown.', '1000 stories shown.']);
  });

  it('says the reading time in short minutes', () => {
    expect([1, 5].map(story.read)).toEqual(['1 min read', '5 min read']);
  });
});
