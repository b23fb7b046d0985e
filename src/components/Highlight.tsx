// Text with the reader's search words marked: parts become text nodes and <mark> elements, never HTML.
import { highlightParts } from '../lib/highlight';

export function Highlight({ text, words }: { text: string; words: string[] }) {
  return <>{highlightParts(text, words).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}</>;
}
