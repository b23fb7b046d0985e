// How the app's code is cut into chunks, and which chunks the early script preloads and evaluates for a page.

/** Route pages whose chunks the early script preloads: [path regex, page module]. */
export const PRELOADED_ROUTES: Array<[string, string]> = [
  ['^/story/[a-z0-9-]+/?$', 'src/routes/story/StoryPage.tsx'],
  ['^/$', 'src/routes/front/FrontPage.tsx'],
];

/** The demo build's /api before its worker controls the page: a lazy chunk the entry needs at once (src/main.tsx). */
export const DEMO_FETCH_MODULE = 'src/demo/demo-fetch.ts';

/** The app's entry module (a build input of its own: index.html carries no script for it, the early script loads it). */
export const ENTRY_MODULE = 'src/main.tsx';

export interface BundleChunk {
  type: string;
  fileName: string;
  imports?: string[];
  facadeModuleId?: string | null;
  isEntry?: boolean;
  viteMetadata?: { importedCss: Set<string> };
}
export type Bundle = Record<string, BundleChunk>;

const chunksOf = (bundle: Bundle) => Object.values(bundle).filter((item) => item.type === 'chunk');
const isModule = (chunk: BundleChunk, module: string) => chunk.facadeModuleId?.replace(/\\/g, '/').endsWith(module) ?? false;

/** The app's entry chunk. */
export function entryChunk(bundle: Bundle): BundleChunk {
  const entry = chunksOf(bundle).find((chunk) => chunk.isEntry && isModule(chunk, ENTRY_MODULE));
  if (!entry) throw new Error(`lede: the build has no entry chunk for ${ENTRY_MODULE}`);
  return entry;
}

/** `file` and every chunk it imports statically, each after the chunks it imports (post-order: dependencies first). */
function staticImports(bundle: Bundle, file: string, seen = new Set<string>(), order: string[] = []): string[] {
  if (seen.has(file)) return order;
  seen.add(file);
  for (const next of bundle[file]?.imports ?? []) staticImports(bundle, next, seen, order);
  order.push(file);
  return order;
}

/** The chunks the entry imports statically, dependencies first, without the entry: the early script preloads them. */
export function entryImportsInOrder(bundle: Bundle): string[] {
  const entry = entryChunk(bundle).fileName;
  return staticImports(bundle, entry)
    .filter((file) => file !== entry)
    .map((file) => `/${file}`);
}

/**
 * A lazy page's chunk and the chunks it imports, minus what the entry already loads. A module with no chunk of its own
 * fails the build: the early script would silently stop preloading it (a moved file did once).
 */
export function pageChunks(bundle: Bundle, module: string): string[] {
  const loaded = new Set(staticImports(bundle, entryChunk(bundle).fileName));
  const page = chunksOf(bundle).find((chunk) => isModule(chunk, module));
  if (!page) throw new Error(`lede: the build has no chunk for ${module}, which the early script preloads`);
  return staticImports(bundle, page.fileName).filter((file) => !loaded.has(file));
}

/**
 * Rolldown's chunk groups: one framework chunk (React with React DOM and the scheduler, the router, TanStack Query,
 * valibot) and one for the small app pieces most pages share, instead of a dozen tiny chunks (each costs a request and
 * its wrapper bytes). scripts/check-budget.mjs counts the framework chunk by this name.
 */
export const FRAMEWORK_CHUNK = 'framework';
export const CHUNK_GROUPS = [
  { name: FRAMEWORK_CHUNK, test: /node_modules[\\/](react|react-dom|scheduler|@tanstack[\\/](query-core|react-query)|react-router|valibot)[\\/]/ },
  // What a story's first screen adds to them (live coverage's too): its header, body, tools, save control and saved-story
  // queries, times, and the parts that wait; in one file, which compresses better than the four it was (0.7 KiB).
  {
    name: 'story-parts',
    includeDependenciesRecursively: false,
    test: /src[\\/](components[\\/](Later|Timestamp|SaveStoryButton|StoryBody|StoryHeader|ElementTree|TopicTags|ShareStory|story-header-tree|body[\\/]\w+)|model[\\/]page-title|lib[\\/](relative-time|words[\\/]\w+[\\/](story|byline|titles|tools))|routes[\\/]story[\\/](SaveControl|HotTopicsBar)|pwa[\\/]saved-queries)\.tsx?$/,
  },
  // The lists of stories: the front page and list pages show them at once, a story in its sidebar, which loads beside it.
  {
    name: 'lists',
    includeDependenciesRecursively: false,
    test: /src[\\/](components[\\/](MostPopular|StoryCard|QuerySection|RetryNotice)\.tsx|routes[\\/]usePrefetchStory\.ts|lib[\\/]words[\\/]\w+[\\/]lists\.ts)$/,
  },
  // Page-specific helpers (preferences, search highlighting, reading position, the archive's day groups, Listen's, and model/:
  // live coverage, the download's photo-size choice) stay with their pages, live coverage's posts and their schemas
  // with live coverage, the saved stories' queries with the pages that read them, and the demo snapshot's file names
  // with the demo's transport; each area of the publication's words (src/lib/words/<id>/) goes with what imports it,
  // but for those of every page (the frame's, times'); errors' load with the code that shows one. The small pieces a
  // story's and the front page's first screens use (hot topics, a photo, the sidebar's placeholder, links) are here too:
  // the entry loads them on every page anyway, and one file compresses better than two (0.4 KiB on both pages). The
  // entry module itself is in the group, so all of it is the entry's chunk: one file every page loads, without the
  // names two chunks import from each other (0.9 KiB on both pages).
  {
    name: 'shared',
    test: /[\\/]src[\\/](main\.tsx$|components[\\/](HotTopics|Figure|site-origin|AppLink)\.tsx?$|routes[\\/]story[\\/]SidebarSkeleton|api[\\/](?!post\.ts|backoff\.ts|sources[\\/]lede[\\/]posts\.ts)|queries[\\/](?!live\.ts)|lib[\\/](?!words[\\/](?!format|\w+[\\/](masthead|time|parts)\.ts)|preferences|highlight|reading-position|live-|demo-snapshot|archive-days|listen-|speech|media-session|motion|relative-time|scroll-memory|first-render|bytes|download-settings|element-tree|slices)|pwa[\\/](store|recent|saved-keys))/,
  },
];
