// A small model of how nginx answers a GET under a config build/nginx.ts wrote (location choice, try_files, error_page,
// named locations, add_header), read back from the config's text, so unit tests can ask it what a path gets.

export interface Directive {
  name: string;
  args: string[];
  block?: Directive[];
}

/** nginx's syntax: words and quoted strings (where `\` escapes only quotes and itself), `;` ends a directive, `{ }` a block, `#` a comment. */
export function parseNginx(text: string): Directive[] {
  const tokens = [...text.matchAll(/#[^\n]*|"((?:[^"\\]|\\.)*)"|([{};])|([^\s{};"#]+)/g)]
    .filter(([whole]) => !whole.startsWith('#'))
    .map(([, quoted, punctuation, word]) => (quoted !== undefined ? { word: quoted.replace(/\\(["'\\])/g, '$1') } : { word: word, punctuation }));
  let at = 0;
  function block(): Directive[] {
    const directives: Directive[] = [];
    while (at < tokens.length) {
      const first = tokens[at++]!;
      if (first.punctuation === '}') return directives;
      const args: string[] = [];
      let token = tokens[at++];
      while (token && token.punctuation === undefined) {
        args.push(token.word!);
        token = tokens[at++];
      }
      directives.push(token?.punctuation === '{' ? { name: first.word!, args, block: block() } : { name: first.word!, args });
    }
    return directives;
  }
  return block();
}

export interface ModelAnswer {
  status: number;
  /** The location that answered: its match (`/assets/`, `= /sw.js`) or name (`@render`). */
  location: string;
  /** The file sent, when one was. */
  file?: string;
  headers: Map<string, string>;
}

const find = (directives: Directive[], name: string) => directives.filter((directive) => directive.name === name);

function only(directives: Directive[], name: string): Directive {
  const [directive, ...more] = find(directives, name);
  if (!directive || more.length > 0) throw new Error(`expected one ${name}`);
  return directive;
}

/** add_header lines as nginx sends them with `always`: lower-case names, in order. */
function headersOf(directives: Directive[]): Map<string, string> {
  return new Map(find(directives, 'add_header').map(({ args: [name, value] }) => [name!.toLowerCase(), value!]));
}

/** The value of `$lede_shell` for `uri` (the static variant's map). */
function shellOf(http: Directive[], uri: string): string {
  const map = find(http, 'map').find(({ args }) => args[1] === '$lede_shell');
  for (const { name, args } of map?.block ?? []) {
    if (name === 'default') return args[0]!;
    if (name.startsWith('~') && new RegExp(name.slice(1)).test(uri)) return args[0] === '$uri' ? uri : args[0]!;
  }
  throw new Error('no $lede_shell map');
}

/** What nginx running `config` answers `GET uri` with, when the root holds `files` (paths from the root). */
export function answer(config: string, uri: string, files: ReadonlySet<string>): ModelAnswer {
  const http = only(parseNginx(config), 'http').block!;
  const server = only(http, 'server').block!;
  const locations = find(server, 'location');
  const named = (name: string) => locations.find(({ args }) => args[0] === name)?.block ?? [];
  const errorPage = (block: Directive[], status: number) =>
    [...find(server, 'error_page'), ...find(block, 'error_page')].findLast(({ args }) => args.slice(0, -1).includes(String(status)))?.args.at(-1);
  const exact = locations.find(({ args }) => args[0] === '=' && args[1] === uri);
  const prefix = locations
    .filter(({ args }) => args.length === 1 && !args[0]!.startsWith('@') && uri.startsWith(args[0]!))
    .sort((a, b) => b.args[0]!.length - a.args[0]!.length)[0];
  const chosen = exact ?? prefix;
  if (!chosen) throw new Error(`no location for ${uri}`);
  const match = chosen.args.join(' ');

  const fail = (block: Directive[], status: number): ModelAnswer => {
    const page = errorPage(block, status);
    if (page?.startsWith('@')) return run(page, named(page));
    return { status, location: match, headers: headersOf(block) };
  };
  function run(location: string, block: Directive[]): ModelAnswer {
    const returned = find(block, 'return')[0];
    if (returned) {
      const status = Number(returned.args[0]);
      // A location reached through error_page answers with its own return (nginx does not recurse into error pages).
      return location.startsWith('@') ? { status, location, headers: headersOf(block) } : fail(block, status);
    }
    const tryFiles = find(block, 'try_files')[0];
    if (!tryFiles) return { status: 200, location, headers: headersOf(block) };
    // `$uri` in a candidate is the request's path (nginx joins `//` in the file path as one).
    const candidates = tryFiles.args
      .slice(0, -1)
      .map((arg) => (arg === '$lede_shell' ? shellOf(http, uri) : arg.replace('$uri', uri).replace(/\/\/+/g, '/')));
    const file = candidates.find((candidate) => files.has(candidate));
    if (file) return { status: 200, location, file, headers: headersOf(block) };
    const last = tryFiles.args.at(-1)!;
    if (last.startsWith('=')) return fail(block, Number(last.slice(1)));
    return run(last, named(last));
  }
  return run(match, chosen.block ?? []);
}
