// The summary of a live story's key points, most important first.
import { live as words } from '#words/live';

export function KeyPoints({ points }: { points: readonly string[] }) {
  if (points.length === 0) return null;
  return (
    <section className="key-points" aria-labelledby="key-points-heading">
      <h2 id="key-points-heading" className="key-points__heading">
        {words.keyPoints}
      </h2>
      <ul>
        {points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </section>
  );
}
