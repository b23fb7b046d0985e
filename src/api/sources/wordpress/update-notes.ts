// Update notes written into a WordPress post ("Update 5/22/23 at 9:21 a.m. ET: …") taken out of the body as Lede updates.
import type { BodyBlock, UpdateNote } from '../../story';
import { runsText } from './inline-runs';
import { parseUpdateTime } from './update-time';

export interface UpdateNoteOptions {
  /** When a note gives no time: the post's last modification (ISO, with Z). Also supplies a missing year or day. */
  modifiedAt: string;
  /** The publication's time zone, in which a note's time is read. */
  timeZone: string;
}

/**
 * "Update 5/22/23 at 9:21 a.m. ET: …", "UPDATE: …", "Updated May 22, 2023: …", "Update (9:21 a.m.) — …": the
 * word, optional time words, then a colon (or a dash after a bracketed time) and the note. A colon inside a
 * clock ("9:21") does not end the time words.
 */
const UPDATE_NOTE = /^\s*updated?\b((?:[^:]|:(?=\d))*?)\s*(?::(?!\d)|(?<=\))\s*[—–-])\s*([\s\S]+)$/i;

/** The note in a paragraph's text, or null when the paragraph is not an update note. */
export function readUpdateNote(text: string, options: UpdateNoteOptions): UpdateNote | null {
  const match = UPDATE_NOTE.exec(text);
  const note = match?.[2]?.trim();
  if (!match || !note) return null;
  const words = (match[1] ?? '').replace(/^[\s,(—–-]+|[\s,)—–-]+$/g, '');
  if (words === '') return { at: options.modifiedAt, text: note };
  const at = parseUpdateTime(words, options.modifiedAt, options.timeZone);
  return at ? { at, text: note } : null;
}

/** The body without its update-note paragraphs, and those notes, oldest first. */
export function extractUpdateNotes(blocks: readonly BodyBlock[], options: UpdateNoteOptions): { body: BodyBlock[]; updates: UpdateNote[] } {
  const body: BodyBlock[] = [];
  const updates: UpdateNote[] = [];
  for (const block of blocks) {
    const note = block.type === 'paragraph' ? readUpdateNote(runsText(block.content), options) : null;
    if (note) updates.push(note);
    else body.push(block);
  }
  updates.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { body, updates };
}
