// What Listen reads aloud: a story (or a live post) as a list of utterances, one sentence each, in page order, each
// with the place on the page it reads so the page can mark it. Pure, over the content model.
import type { Image } from '../api/image';
import type { Post } from '../api/post';
import type { BodyBlock, Inline, Story } from '../api/story';
import { listen } from '#words/listen';

/** Where an utterance's words are on the page: the header's parts, the hero photo's caption, or a body block. */
export type ListenPlace = { part: 'headline' } | { part: 'standfirst' } | { part: 'hero' } | { part: 'body'; block: number };

export interface Utterance {
  /** What is spoken: the sentence, with its announcement when it is a caption, a credit or an embedded post. */
  text: string;
  /** The sentence as the page shows it (the words to mark). */
  sentence: string;
  place: ListenPlace;
}

export interface ScriptOptions {
  /** The story's language (a BCP 47 tag), for the sentence boundaries. */
  lang: string;
  /** Photo captions, credits and embedded posts are read, announced as such; otherwise skipped. */
  extras: boolean;
}

/** Longest utterance, in characters: a sentence longer than this is read in parts, so no voice's limit is reached. */
export const MAX_UTTERANCE = 300;

/** The announcements before the words that are not the story's own text. */
export const ANNOUNCEMENTS = { caption: listen.caption, credit: listen.credit, embed: listen.embed, embedOn: listen.embedOn };

/** Titles that come before a name, whose full stop ends no sentence ("Dr. Osei"); the segmenter breaks after them. */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'st', 'mt', 'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'lt', 'sgt', 'rev', 'fr']);

const endsWithTitle = (segment: string) => {
  const match = /(?:^|[\s("“‘])([A-Za-z]+)\.\s*$/.exec(segment);
  return match !== null && TITLES.has(match[1]!.toLowerCase());
};

/** Splits a sentence longer than `MAX_UTTERANCE` at the last pause (comma, semicolon, dash) or space before it. */
function withinLimit(sentence: string): string[] {
  const parts: string[] = [];
  let rest = sentence;
  while (rest.length > MAX_UTTERANCE) {
    const head = rest.slice(0, MAX_UTTERANCE);
    const pause = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' – '), head.lastIndexOf('، '));
    const cut = pause > MAX_UTTERANCE / 3 ? pause + 1 : head.lastIndexOf(' ') > 0 ? head.lastIndexOf(' ') : MAX_UTTERANCE;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) parts.push(rest);
  return parts;
}

/** The sentences of `text` in `lang` (Intl.Segmenter), trimmed, with titles kept with their names and none too long. */
export function splitSentences(text: string, lang: string): string[] {
  const sentences: string[] = [];
  let pending = '';
  for (const { segment } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
    pending += segment;
    if (!endsWithTitle(pending)) {
      sentences.push(pending);
      pending = '';
    }
  }
  if (pending) sentences.push(pending);
  return sentences
    .map((sentence) => sentence.trim())
    .filter(Boolean)
    .flatMap(withinLimit);
}

const inlineText = (runs: readonly Inline[]) => runs.map((run) => run.text).join('');

function assertNever(value: never): never {
  throw new Error(`Unhandled body block: ${JSON.stringify(value)}`);
}

/** Builds utterances for one place; `announce` dresses the first sentence of an extra (caption, embed). */
function reader(options: ScriptOptions) {
  const script: Utterance[] = [];
  const read = (text: string | undefined, place: ListenPlace, announce?: (sentence: string) => string) => {
    if (!text) return;
    splitSentences(text, options.lang).forEach((sentence, index) =>
      script.push({ text: index === 0 && announce ? announce(sentence) : sentence, sentence, place }),
    );
  };
  const photo = (image: Image, place: ListenPlace) => {
    if (!options.extras) return;
    read(image.caption, place, ANNOUNCEMENTS.caption);
    if (image.credit) script.push({ text: ANNOUNCEMENTS.credit(image.credit), sentence: image.credit, place });
  };
  const block = (item: BodyBlock, index: number) => {
    const place: ListenPlace = { part: 'body', block: index };
    switch (item.type) {
      case 'paragraph':
      case 'cta':
        return read(inlineText(item.content), place);
      case 'heading':
        return read(item.text, place);
      case 'quote':
        read(item.text, place);
        return read(item.attribution, place);
      case 'list':
        return item.items.forEach((runs) => read(inlineText(runs), place));
      case 'figure':
        return photo(item.image, place);
      case 'embed': {
        if (!options.extras) return;
        const { author, network } = item;
        return read(item.text, place, (sentence) => (author ? ANNOUNCEMENTS.embed(author.name, sentence) : ANNOUNCEMENTS.embedOn(network, sentence)));
      }
      default:
        return assertNever(item);
    }
  };
  return { script, read, photo, block };
}

/** A story read aloud: headline, standfirst, the hero photo's caption and credit (as an extra), then the body. */
export function storyScript(story: Pick<Story, 'headline' | 'standfirst' | 'hero' | 'body'>, options: ScriptOptions): Utterance[] {
  const { script, read, photo, block } = reader(options);
  read(story.headline, { part: 'headline' });
  read(story.standfirst, { part: 'standfirst' });
  if (story.hero) photo(story.hero, { part: 'hero' });
  story.body.forEach(block);
  return script;
}

/** A live coverage post read aloud: its title, then its body. */
export function postScript(post: Pick<Post, 'title' | 'body'>, options: ScriptOptions): Utterance[] {
  const { script, read, block } = reader(options);
  read(post.title ?? undefined, { part: 'headline' });
  post.body.forEach(block);
  return script;
}

/**
 * The utterance to resume at: the remembered index if it still reads the remembered sentence, else where that
 * sentence is now (the story changed, or captions are read now), else the start.
 */
export function resumeIndex(script: readonly Utterance[], place: { index: number; sentence: string } | null): number {
  if (!place) return 0;
  if (script[place.index]?.sentence === place.sentence) return place.index;
  const found = script.findIndex((utterance) => utterance.sentence === place.sentence);
  return found >= 0 ? found : 0;
}
