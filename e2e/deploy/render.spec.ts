// Lede server-rendered behind Debian's nginx (`npm run deploy:local`): pages from the render servers with their own
// headers, kept in nginx's cache, served by the other server when one is down, and stale when all are. In order, in
// one worker: the last tests stop the render servers.
import { isRunning } from '../../scripts/deploy/processes';
import { expect, SHOWCASE, test } from '../fixtures';
import { nginxChecks } from './checks';
import { serverRenderedChecks } from './server-rendered';
import { HEADER_NAMES, raw, RENDER_URL, renderDeployment, textOf } from './deployments';
import { stories } from '../../mocks/fixtures/stories';

test.skip(!RENDER_URL, 'the suite could not start the render deployment (its row says why)');
test.describe.configure({ mode: 'default' });

const url = () => RENDER_URL ?? '';
const story = (slug: string) => stories.find((candidate) => candidate.slug === slug)!;

nginxChecks(url);
serverRenderedChecks(url);

test('a plain HTTP client gets the story’s headline, standfirst and first paragraph in the HTML', async () => {
  const { slug, headline, standfirst, body: blocks } = story('harbour-bridge-reopens');
  const { status, headers, body } = await raw(`${url()}/story/${slug}`);
  expect(status).toBe(200);
  expect(headers['content-type']).toBe('text/html; charset=utf-8');
  const text = textOf(body.toString());
  expect(text).toContain(headline);
  expect(text).toContain(standfirst);
  const [opening] = blocks
    .flatMap((block) => (block.type === 'paragraph' ? block.content : []))
    .flatMap((node) => (node.type === 'text' ? [node.text] : []));
  expect(text).toContain(opening);
});

test('an unknown story is a 404 with the app’s not-found page', async () => {
  const { status, body } = await raw(`${url()}/story/no-such-story`);
  expect(status).toBe(404);
  expect(textOf(body.toString())).toContain('Story not found');
});

test('a page keeps the render server’s own headers through nginx, and says how nginx’s cache answered', async () => {
  const [server] = renderDeployment().renderServers;
  const path = '/topic/transport';
  const [nginx, direct] = await Promise.all([raw(`${url()}${path}`), raw(`${server}${path}`)]);
  for (const name of [...HEADER_NAMES, 'cache-control']) expect([name, nginx.headers[name]]).toEqual([name, direct.headers[name]]);
  // Each render has its own ETag (the page carries the moment its data was read), so only its presence is compared.
  expect([nginx.headers.etag, direct.headers.etag]).toEqual([expect.stringMatching(/^"/), expect.stringMatching(/^"/)]);
  expect(nginx.headers['x-cache-status']).toMatch(/^(MISS|HIT|STALE|UPDATING|REVALIDATED|EXPIRED)$/);
});

/** Stops one of the deployment's render servers by its recorded PID, and waits until it is gone. */
async function stopRenderServer(name: string): Promise<void> {
  const recorded = renderDeployment().processes.find((child) => child.name === name);
  if (!recorded || !isRunning(recorded)) throw new Error(`${name} is not running`);
  process.kill(-recorded.pid, 'SIGTERM');
  await expect.poll(() => isRunning(recorded), { timeout: 10_000 }).toBe(false);
}

test('with one render server down, the other renders the pages', async () => {
  test.skip(renderDeployment().renderServers.length < 2, 'one render server only');
  await stopRenderServer('render-1');
  for (const slug of ['airport-fog-delays', 'cycle-lane-trial', 'night-bus-cuts']) {
    const { status, body } = await raw(`${url()}/story/${slug}`);
    expect([slug, status]).toEqual([slug, 200]);
    expect(textOf(body.toString())).toContain(story(slug).headline);
  }
});

test('with every render server down, a page nginx has kept is served from its cache, and any other is the static shell', async () => {
  const kept = SHOWCASE;
  await raw(`${url()}${kept}`);
  for (const { name } of renderDeployment().processes.filter((child) => child.name.startsWith('render-') && isRunning(child))) {
    await stopRenderServer(name);
  }
  const cached = await raw(`${url()}${kept}`);
  expect(cached.status).toBe(200);
  expect(cached.headers['x-cache-status']).toMatch(/^(HIT|STALE)$/);
  expect(textOf(cached.body.toString())).toContain(story('harbour-bridge-reopens').headline);

  // An address nothing asked for before (the feeds' checks asked for every story), so nginx has no copy of it.
  const never = await raw(`${url()}/story/tram-line-extension-approved?unseen=${Date.now()}`);
  expect([never.status, never.headers['cache-control'], never.headers['x-cache-status']]).toEqual([200, 'no-cache', undefined]);
  expect(textOf(never.body.toString())).not.toContain(story('tram-line-extension-approved').headline);
  expect(never.body.toString()).toContain('<div id="root">');
});
