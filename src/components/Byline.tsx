// The story's authors with their roles.
import type { Byline as BylineEntry } from '../api/article';

export function Byline({ authors }: { authors: BylineEntry[] }) {
  if (authors.length === 0) return null;
  return (
    <p className="byline">
      <span className="visually-hidden">By </span>
      {authors.map((author, index) => (
        <span className="byline__author" key={`${author.name}-${index}`}>
          {index > 0 && (index === authors.length - 1 ? ' and ' : ', ')}
          <span className="byline__name">{author.name}</span>
          {author.role && <span className="byline__role">, {author.role}</span>}
        </span>
      ))}
    </p>
  );
}
