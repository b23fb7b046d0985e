// The story body: one component per block type, switched exhaustively so a new type must be rendered.
import type { BodyBlock } from '../api/story';
import type { BlockChange } from '../model/story-diff';
import { Figure } from './Figure';
import { BlockList } from './body/BlockList';
import { BlockQuote } from './body/BlockQuote';
import { CallToAction } from './body/CallToAction';
import { EmbeddedPost } from './body/EmbeddedPost';
import { InlineContent } from './body/InlineContent';
import { Later } from './Later';
import { story as words } from '#words/story';
import { CONTENT_DIRECTION } from './body/content-direction';

function assertNever(value: never): never {
  throw new Error(`Unhandled body block: ${JSON.stringify(value)}`);
}

function Block({ block, ctaLabel }: { block: BodyBlock; ctaLabel?: string | undefined }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p dir={CONTENT_DIRECTION}>
          <InlineContent runs={block.content} />
        </p>
      );
    case 'heading':
      return (
        <h2 className="body-heading" dir={CONTENT_DIRECTION}>
          {block.text}
        </h2>
      );
    case 'quote':
      return <BlockQuote text={block.text} attribution={block.attribution} />;
    case 'embed':
      return <EmbeddedPost author={block.author} network={block.network} text={block.text} postedAt={block.postedAt} url={block.url} />;
    case 'list':
      return <BlockList ordered={block.ordered} items={block.items} />;
    case 'cta':
      return <CallToAction content={block.content} label={ctaLabel} />;
    case 'figure':
      return <Figure image={block.image} />;
    default:
      return assertNever(block);
  }
}

/** A changed block keeps its own markup, inside a marked wrapper that says how it changed. */
function ChangedBlock({ block, change }: { block: BodyBlock; change: BlockChange }) {
  const [label, spoken] = words[change];
  return (
    <div className={`block-change block-change--${change}`} data-change={change}>
      <span className="block-change__label">
        <span aria-hidden="true">{label}</span>
        <span className="visually-hidden">{spoken}</span>
      </span>
      <Block block={block} />
    </div>
  );
}

/** Blocks per deferred part: each part is laid out in a frame of its own (`Later`). */
const LATER_PART_BLOCKS = 4;

/**
 * `ctaLabel` names the body's calls to action (a live page holds many bodies, each landmark needs its own name).
 * `later` (a block count) renders the blocks from that one on after the first render, a few blocks per frame (`Later`):
 * the end of a long body is not on the first screen.
 */
export function StoryBody({
  blocks,
  changes,
  ctaLabel,
  later,
}: {
  blocks: BodyBlock[];
  changes?: ReadonlyMap<number, BlockChange> | undefined;
  ctaLabel?: string;
  later?: number | undefined;
}) {
  const rendered = (from: number, to: number) =>
    blocks.slice(from, to).map((block, offset) => {
      const index = from + offset;
      const change = changes?.get(index);
      return change ? <ChangedBlock key={index} block={block} change={change} /> : <Block key={index} block={block} ctaLabel={ctaLabel} />;
    });
  if (later === undefined || later >= blocks.length) return <div className="story-body">{rendered(0, blocks.length)}</div>;
  const parts: number[] = [];
  for (let from = later; from < blocks.length; from += LATER_PART_BLOCKS) parts.push(from);
  return (
    <div className="story-body">
      {rendered(0, later)}
      {parts.map((from) => (
        <Later key={from}>{rendered(from, from + LATER_PART_BLOCKS)}</Later>
      ))}
    </div>
  );
}
