import { describe, expect, it } from 'vitest';
import { diffBlocks, hasChanges, similarity } from './story-diff';

const A = 'The council met on Tuesday to discuss the ferry contract and its costs.';
const B = 'Tidewright Marine said it had followed every rule in the tender process.';
const C = 'The harbour authority will publish the full scoring sheets next week.';
const D = 'An independent review will report to the council before the spring budget.';

describe('diffBlocks', () => {
  it('finds nothing when nothing changed', () => {
    const diff = diffBlocks([A, B, C], [A, B, C]);
    expect(hasChanges(diff)).toBe(false);
  });

  it('marks an added paragraph by its position in the new version', () => {
    const diff = diffBlocks([A, B, C], [A, B, D, C]);
    expect([...diff.changed]).toEqual([[2, 'added']]);
    expect(diff.removed).toEqual([]);
  });

  it('marks an edited paragraph as edited, not as removed and added', () => {
    const edited = 'Tidewright Marine said on Wednesday it had followed every rule in the tender.';
    const diff = diffBlocks([A, B, C], [A, edited, C]);
    expect([...diff.changed]).toEqual([[1, 'edited']]);
    expect(diff.removed).toEqual([]);
  });

  it('lists a removed paragraph with its old text', () => {
    const diff = diffBlocks([A, B, C], [A, C]);
    expect(diff.changed.size).toBe(0);
    expect(diff.removed).toEqual([B]);
  });

  it('handles additions, edits and removals together', () => {
    const editedC = 'The harbour authority will publish the full scoring sheets on Monday.';
    const diff = diffBlocks([A, B, C], [D, A, editedC]);
    expect(diff.changed.get(0)).toBe('added');
    expect(diff.changed.get(2)).toBe('edited');
    expect(diff.removed).toEqual([B]);
  });

  it('ignores whitespace-only differences', () => {
    expect(hasChanges(diffBlocks([A], [`  ${A.replace(/ /g, '  ')} `]))).toBe(false);
  });
});

describe('similarity', () => {
  it('is 1 for the same words and 0 for none in common', () => {
    expect(similarity('a b c', 'c b a')).toBe(1);
    expect(similarity('a b', 'c d')).toBe(0);
  });
});
