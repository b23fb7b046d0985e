// Untrusted HTML rewritten to the tags and attributes the mapper reads, before a browser parses it: a parsed document,
// even one never attached to the page, checks the page's Content-Security-Policy for every style attribute, <style>
// and <base> in it and reports each one. Tokenized as the HTML standard does; the tree is left to the browser.

/** Attributes the mapper reads (links, photos, embeds, classes); style, event handlers and the rest are left out. */
const KEPT_ATTRIBUTES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'class',
  'href',
  'src',
  'srcset',
  'data-src',
  'data-lazy-src',
  'data-srcset',
  'width',
  'height',
  'alt',
  'cite',
  'data-instgrm-permalink',
]);

/** Elements left out with their tags: what a policy checks, or what only matters to a page that runs. */
const LEFT_OUT: ReadonlySet<string> = /* @__PURE__ */ new Set(['style', 'script', 'base', 'link', 'meta', 'plaintext']);

/** Elements whose content the tokenizer reads as text up to their end tag (in HTML, not inside svg or math). */
const RAW_TEXT: ReadonlySet<string> = /* @__PURE__ */ new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title']);

/** Start tags that end svg or math content (the standard's "in foreign content" rules). */
const LEAVES_FOREIGN: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ 'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var'.split(
    ' ',
  ),
);

interface Tag {
  name: string;
  isEnd: boolean;
  attributes: Map<string, string>;
  selfClosing: boolean;
  /** Where the input goes on after the tag's `>`. */
  next: number;
}

/** True for a tag after which the browser parses HTML again, not svg or math. */
function leavesForeign({ name, isEnd, attributes }: Tag): boolean {
  if (isEnd) return name === 'br' || name === 'p';
  return LEAVES_FOREIGN.has(name) || (name === 'font' && ['color', 'face', 'size'].some((attribute) => attributes.has(attribute)));
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\f' || c === '\r';
const isAsciiAlpha = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const asciiLower = (text: string) => text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());

/** The tag whose name starts at `start` (after `<` or `</`); null when the input ends inside it (browsers drop it). */
function readTag(html: string, start: number, isEnd: boolean): Tag | null {
  let i = start;
  while (i < html.length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>') i += 1;
  const tag: Tag = { name: asciiLower(html.slice(start, i)), isEnd, attributes: new Map(), selfClosing: false, next: 0 };
  for (;;) {
    while (isSpace(html[i])) i += 1;
    if (i >= html.length) return null;
    if (html[i] === '>') return { ...tag, next: i + 1 };
    if (html[i] === '/') {
      i += 1;
      if (html[i] === '>') return { ...tag, selfClosing: true, next: i + 1 };
      continue;
    }
    const nameStart = i;
    i += 1; // the first character belongs to the name, even "="
    while (i < html.length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i += 1;
    const name = asciiLower(html.slice(nameStart, i));
    while (isSpace(html[i])) i += 1;
    let value = '';
    if (html[i] === '=') {
      i += 1;
      while (isSpace(html[i])) i += 1;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close < 0) return null;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const valueStart = i;
        while (i < html.length && !isSpace(html[i]) && html[i] !== '>') i += 1;
        value = html.slice(valueStart, i);
      }
    }
    // The first of two attributes with one name counts, as in browsers.
    if (!tag.attributes.has(name)) tag.attributes.set(name, value);
  }
}

/** Where the input goes on after a raw-text element's content and its end tag. */
function afterRawText(html: string, from: number, name: string): number {
  if (name === 'script') return afterScript(html, from);
  const endTag = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
  endTag.lastIndex = from;
  const found = endTag.exec(html);
  return found ? (readTag(html, found.index + 2, true)?.next ?? html.length) : html.length;
}

/** The same for a script, whose text may hide `</script>` inside `<!--<script>…</script>` (the standard's escape states). */
function afterScript(html: string, from: number): number {
  const marks = /<!--|-->|<(\/?)script[\t\n\f\r />]/gi;
  marks.lastIndex = from;
  let state: 'text' | 'escaped' | 'double-escaped' = 'text';
  for (let found = marks.exec(html); found; found = marks.exec(html)) {
    const [mark, slash] = found;
    if (mark === '<!--') {
      if (state === 'text') state = 'escaped';
      marks.lastIndex = found.index + 2; // "<!-->" ends as soon as it starts
    } else if (mark === '-->') state = 'text';
    else if (slash && state !== 'double-escaped') return readTag(html, found.index + 2, true)?.next ?? html.length;
    else if (slash) state = 'escaped';
    else if (state === 'escaped') state = 'double-escaped';
  }
  return html.length;
}

/** Where the input goes on after a bogus comment (`<?…>`, `</1…>`, a doctype) whose body starts at `from`: its first `>`. */
function afterBogusComment(html: string, from: number): number {
  const end = html.indexOf('>', from);
  return end < 0 ? html.length : end + 1;
}

/** Where the input goes on after `<!` at `from - 2`: a comment, a CDATA section in svg or math, else a bogus comment. */
function afterDeclaration(html: string, from: number, inForeign: boolean): number {
  if (html.startsWith('--', from)) {
    if (html[from + 2] === '>') return from + 3;
    if (html.startsWith('->', from + 2)) return from + 4;
    const end = /--!?>/g;
    end.lastIndex = from + 2;
    const found = end.exec(html);
    return found ? found.index + found[0].length : html.length;
  }
  if (inForeign && html.startsWith('[CDATA[', from)) {
    const end = html.indexOf(']]>', from);
    return end < 0 ? html.length : end + 3;
  }
  return afterBogusComment(html, from);
}

function serialised(tag: Tag): string {
  if (tag.isEnd) return `</${tag.name}>`;
  let attributes = '';
  for (const [name, value] of tag.attributes) if (KEPT_ATTRIBUTES.has(name)) attributes += ` ${name}="${value.replaceAll('"', '&quot;')}"`;
  return `<${tag.name}${attributes}${tag.selfClosing ? ' /' : ''}>`;
}

/** Elements inside svg or math whose content the parser reads as HTML again (the standard's integration points). */
const INTEGRATION_POINTS: Record<'svg' | 'math', ReadonlySet<string>> = {
  svg: /* @__PURE__ */ new Set(['foreignobject', 'desc', 'title']),
  math: /* @__PURE__ */ new Set(['mi', 'mo', 'mn', 'ms', 'mtext']),
};

/** HTML elements that never hold content, and those the parser ignores inside a body. */
const NO_CONTENT: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ 'area base br col embed hr img input link meta source track wbr param keygen caption colgroup frame head tbody td tfoot th thead tr html body'.split(
    ' ',
  ),
);

interface Open {
  namespace: 'svg' | 'math' | 'html';
  name: string;
  /** Where the nearest HTML element and the nearest svg or math element below it are in the stack (-1: none). */
  htmlBelow: number;
  foreignBelow: number;
}

/**
 * The elements open since the first svg or math, as far as they change how the tokenizer reads (a stack, not a tree):
 * inside svg or math, tags are foreign; inside an integration point (an svg title, a math mi…) they are HTML again,
 * style and script included, until it ends. Every step is constant time, give or take the elements it closes.
 */
function foreignContent() {
  const open: Open[] = [];
  /** Where the open elements of each name are, innermost last. */
  const byName = new Map<string, number[]>();
  const isIntegrationPoint = (element: Open | undefined, name: string) =>
    element !== undefined &&
    element.namespace !== 'html' &&
    INTEGRATION_POINTS[element.namespace].has(element.name) &&
    !(element.namespace === 'math' && (name === 'mglyph' || name === 'malignmark'));
  const readsHtml = (name: string) => {
    const current = open.at(-1);
    return current === undefined || current.namespace === 'html' || isIntegrationPoint(current, name);
  };
  const push = (namespace: Open['namespace'], name: string) => {
    const below = open.at(-1);
    const at = open.length;
    const isHtml = (element: Open) => element.namespace === 'html';
    open.push({
      namespace,
      name,
      htmlBelow: below === undefined ? -1 : isHtml(below) ? at - 1 : below.htmlBelow,
      foreignBelow: below === undefined ? -1 : isHtml(below) ? below.foreignBelow : at - 1,
    });
    const places = byName.get(name);
    if (places) places.push(at);
    else byName.set(name, [at]);
  };
  const closeFrom = (at: number) => {
    while (open.length > at) byName.get(open.pop()!.name)!.pop();
  };
  return {
    /** True where `<![CDATA[` starts a CDATA section: the current element is svg or math (integration points too). */
    cdata: () => (open.at(-1)?.namespace ?? 'html') !== 'html',
    /** True when the start tag `name` is read by HTML's rules, not foreign content's. */
    readsHtml,
    /** Takes in a start tag read by HTML's rules (raw-text elements are not: they end where their text does). */
    startHtml({ name, selfClosing }: Tag) {
      if (name === 'svg' || name === 'math') {
        if (!selfClosing) push(name, name);
      } else if (open.length > 0 && !NO_CONTENT.has(name)) push('html', name);
    },
    /** Takes in a start tag read as foreign content: it is in the namespace of the element it is in. */
    startForeign({ name, selfClosing }: Tag) {
      const namespace = open.at(-1)?.namespace;
      if (!selfClosing && namespace && namespace !== 'html') push(namespace, name);
    },
    /** Leaves svg or math as a start tag like `<p>` makes it: back to the nearest HTML element or integration point. */
    leave(name: string) {
      while (open.length > 0 && !readsHtml(name)) closeFrom(open.length - 1);
    },
    /** Takes in an end tag: it closes the nearest open element of its name, by foreign content's rules until they
     * reach an HTML element, then by HTML's, which stop at any svg or math element (each is "special" to them). */
    end(name: string) {
      const current = open.at(-1);
      if (current === undefined) return;
      const nearest = byName.get(name)?.at(-1) ?? -1;
      const html = current.namespace === 'html' ? open.length - 1 : current.htmlBelow;
      // Above `html` every element is svg or math; from `html` down to the next svg or math, every one is HTML.
      if (nearest > html || (html >= 0 && nearest > open[html]!.foreignBelow)) closeFrom(nearest);
    },
  };
}

/**
 * `html` with only the kept attributes, without style, script, base, link and meta elements (nor raw text inside
 * them), comments and doctypes; text and every other tag as they were. Linear in the length of `html`.
 */
export function reduceHtml(html: string): string {
  const out: string[] = [];
  const foreign = foreignContent();
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open < 0) {
      out.push(html.slice(i));
      break;
    }
    const text = html.slice(i, open);
    out.push(text);
    // What is left out must not join a character reference it cut ("&" <base> "#0" is not "&#0"): an empty comment ends it.
    const leaveOut = () => {
      if (/&[#\w]*$/.test(text)) out.push('<!---->');
    };
    const next = html[open + 1];
    const isEnd = next === '/';
    if (!isAsciiAlpha(isEnd ? html[open + 2] : next)) {
      // "<!…>", "<?…>" and "</…>" without a tag name are comments of a kind, even "</>"; any other "<" is text.
      if (next === '!' || next === '?' || (isEnd && open + 2 < html.length)) {
        i = next === '!' ? afterDeclaration(html, open + 2, foreign.cdata()) : afterBogusComment(html, open + 2);
        leaveOut();
      } else {
        out.push('&lt;');
        i = open + 1;
      }
      continue;
    }
    const tag = readTag(html, open + (isEnd ? 2 : 1), isEnd);
    if (!tag) break;
    i = tag.next;
    const { name } = tag;
    let readsHtml = !isEnd && foreign.readsHtml(name);
    if (!isEnd && !readsHtml && leavesForeign(tag)) {
      foreign.leave(name);
      readsHtml = true;
      // An empty span ends svg or math content where a left-out tag (meta) would have ended it.
      if (LEFT_OUT.has(name)) out.push('<span></span>');
    } else if (isEnd && foreign.cdata() && leavesForeign(tag)) foreign.leave(name);
    const rawText = readsHtml && RAW_TEXT.has(name);
    if (isEnd) foreign.end(name);
    else if (readsHtml && !rawText) foreign.startHtml(tag);
    else if (!readsHtml) foreign.startForeign(tag);
    if (name === 'plaintext' && readsHtml) break; // all that follows is its text
    if (LEFT_OUT.has(name)) leaveOut();
    else out.push(serialised(tag));
    if (rawText) {
      i = afterRawText(html, i, name);
      if (!LEFT_OUT.has(name)) out.push(`</${name}>`);
    }
  }
  return out.join('');
}
