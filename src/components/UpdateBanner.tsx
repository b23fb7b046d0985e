// Publisher update notes, each shown as a banner: "Update 5/22/23 at 9:21 a.m. ET: …" in English (the words' format).
import type { UpdateNote } from '../api/story';
import { Timestamp } from './Timestamp';
import { story as words } from '#words/story';

export function UpdateBanner({ note }: { note: UpdateNote }) {
  return (
    <div className="update-banner" role="note">
      <p>
        <strong>{words.update(<Timestamp key="t" iso={note.at} />)}</strong> {note.text}
      </p>
    </div>
  );
}

/** Newest update first, as publishers show them. */
export function UpdateBanners({ notes }: { notes: UpdateNote[] }) {
  if (notes.length === 0) return null;
  const ordered = [...notes].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <div className="update-banners">
      {ordered.map((note) => (
        <UpdateBanner key={note.at + note.text} note={note} />
      ))}
    </div>
  );
}
