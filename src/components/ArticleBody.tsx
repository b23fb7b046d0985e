// The story body: one component per block type, switched exhaustively so a new type must be rendered.
import type { BodyBlock } from '../api/article';
import { Figure } from './Figure';
import { BlockList } from './body/BlockList';
import { BlockQuote } from './body/BlockQuote';
import { CallToAction } from './body/CallToAction';
import { EmbeddedPost } from './body/EmbeddedPost';
import { InlineContent } from './body/InlineContent';

function assertNever(value: never): never {
  throw new Error(`Unhandled body block: ${JSON.stringify(value)}`);
}

function Block({ block }: { block: BodyBlock }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <InlineContent runs={block.content} />
        </p>
      );
    case 'heading':
      return <h2 className="body-heading">{block.text}</h2>;
    case 'quote':
      return <BlockQuote text={block.text} attribution={block.attribution} />;
    case 'embed':
      return <EmbeddedPost author={block.author} network={block.network} text={block.text} postedAt={block.postedAt} url={block.url} />;
    case 'list':
      return <BlockList ordered={block.ordered} items={block.items} />;
    case 'cta':
      return <CallToAction content={block.content} />;
    case 'figure':
      return <Figure image={block.image} />;
    default:
      return assertNever(block);
  }
}

export function ArticleBody({ blocks }: { blocks: BodyBlock[] }) {
  return (
    <div className="article-body">
      {blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </div>
  );
}
