// The demo build served with its `_headers` applied to every path: pages, the worker, assets, photos, snapshot files.
import { expect, test } from './fixtures';
import { servedHeaderProblems } from './served-headers';

test('every path of the demo build gets the headers it needs', async ({ baseURL }) => {
  test.setTimeout(60_000);
  expect(await servedHeaderProblems(baseURL ?? '', process.env.LEDE_DIST_E2E ?? 'dist-e2e')).toEqual([]);
});
