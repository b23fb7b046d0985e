// A quote from the story, with its speaker.
export function BlockQuote({ text, attribution }: { text: string; attribution?: string | undefined }) {
  return (
    <figure className="block-quote">
      <blockquote>
        <p>{text}</p>
      </blockquote>
      {attribution && <figcaption className="block-quote__attribution">{attribution}</figcaption>}
    </figure>
  );
}
