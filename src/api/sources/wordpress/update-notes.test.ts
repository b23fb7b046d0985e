// Update notes written into a post become Lede updates with the time they give, read in the publication's zone.
import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../../story';
import { extractUpdateNotes, readUpdateNote } from './update-notes';
import { parseUpdateTime } from './update-time';

const NEW_YORK = { modifiedAt: '2023-05-22T15:00:00Z', timeZone: 'America/New_York' };
const paragraph = (text: string): BodyBlock => ({ type: 'paragraph', content: [{ type: 'text', text, marks: [] }] });

describe('readUpdateNote', () => {
  it.each([
    ['Update 5/22/23 at 9:21 a.m. ET: This story has been updated.', '2023-05-22T13:21:00Z', 'This story has been updated.'],
    ['UPDATE 5/22/2023, 9:21 p.m. EDT: Late figures added.', '2023-05-23T01:21:00Z', 'Late figures added.'],
    ['Updated May 22, 2023, at 9:21 a.m.: Comment added.', '2023-05-22T13:21:00Z', 'Comment added.'],
    ['Update (9:21 a.m.) — The council replied.', '2023-05-22T13:21:00Z', 'The council replied.'],
    ['Update, 22 May 2023 14:05 GMT: In UTC.', '2023-05-22T14:05:00Z', 'In UTC.'],
    ['Updated 2023-01-15 08:00: Winter time.', '2023-01-15T13:00:00Z', 'Winter time.'],
    ['UPDATE: No time given.', '2023-05-22T15:00:00Z', 'No time given.'],
    ['Updated May 22: The day of the last edit.', '2023-05-22T15:00:00Z', 'The day of the last edit.'],
    ['Updated May 20: An earlier day.', '2023-05-20T04:00:00Z', 'An earlier day.'],
    ['Update at noon: Midday note.', '2023-05-22T16:00:00Z', 'Midday note.'],
  ])('reads "%s"', (text, at, note) => {
    expect(readUpdateNote(text, NEW_YORK)).toEqual({ at, text: note });
  });

  it.each([
    'Updated figures from the council: 40 percent.',
    'Updates to the timetable follow.',
    'The update: nothing yet.',
    'Update 13/45/23 at 9:21 a.m.: impossible date.',
    'Update 5/22/23 at 25:99: impossible time.',
    'UPDATE:',
  ])('leaves "%s" in the body', (text) => {
    expect(readUpdateNote(text, NEW_YORK)).toBeNull();
  });

  it('reads a time in the publication zone across daylight saving', () => {
    expect(parseUpdateTime('3/12/23 at 3:30 a.m.', NEW_YORK.modifiedAt, 'America/New_York')).toBe('2023-03-12T07:30:00Z');
    expect(parseUpdateTime('3/11/23 at 3:30 a.m.', NEW_YORK.modifiedAt, 'America/New_York')).toBe('2023-03-11T08:30:00Z');
    expect(parseUpdateTime('22/5/23 9:21', NEW_YORK.modifiedAt, 'Europe/London')).toBe('2023-05-22T08:21:00Z');
  });

  it('puts a month without a year in the year before when it would be after the last edit', () => {
    expect(parseUpdateTime('Dec 31 at 11 p.m.', '2024-01-02T12:00:00Z', 'America/New_York')).toBe('2024-01-01T04:00:00Z');
  });
});

describe('extractUpdateNotes', () => {
  it('takes update paragraphs out of the body and lists them oldest first', () => {
    const first = paragraph('Update 5/22/23 at 10:00 a.m. ET: Second note.');
    const story = paragraph('The story itself.');
    const bold: BodyBlock = {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Update 5/22/23 at 9:21 a.m. ET:', marks: ['strong'] },
        { type: 'text', text: ' First note.', marks: [] },
      ],
    };
    const heading: BodyBlock = { type: 'heading', text: 'Update: not a paragraph' };
    expect(extractUpdateNotes([first, story, heading, bold], NEW_YORK)).toEqual({
      body: [story, heading],
      updates: [
        { at: '2023-05-22T13:21:00Z', text: 'First note.' },
        { at: '2023-05-22T14:00:00Z', text: 'Second note.' },
      ],
    });
  });
});
