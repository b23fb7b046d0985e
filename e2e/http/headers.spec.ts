// The HTTP-API build served with its `_headers` applied to every path: the worker may fetch the API and every photo origin.
import { expect, test } from '../fixtures';
import { servedHeaderProblems } from '../served-headers';

test('every path of the HTTP-API build gets the headers it needs', async ({ baseURL }) => {
  test.setTimeout(60_000);
  expect(await servedHeaderProblems(baseURL ?? '', process.env.LEDE_DIST_HTTP ?? 'dist-http')).toEqual([]);
});
