// A quote from the story, with its speaker.
import { CONTENT_DIRECTION } from './content-direction';

export function BlockQuote({ text, attribution }: { text: string; attribution?: string | undefined }) {
  return (
    <figure className="block-quote">
      <blockquote>
        <p dir={CONTENT_DIRECTION}>{text}</p>
      </blockquote>
      {attribution && <figcaption className="block-quote__attribution">{attribution}</figcaption>}
    </figure>
  );
}
