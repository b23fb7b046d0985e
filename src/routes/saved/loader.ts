// Saved page loader: what this device has saved, its last download and the storage it uses are read (locally, in a few
// milliseconds) before the page shows, so the page never shows "Checking…" lines that grow into their answers and push
// the lists down (a layout shift). A read that fails shows its own message on the page.
import type { LoaderFunctionArgs } from 'react-router';
import { queryClientContext } from '../../queries/router-context';

const ignore = () => undefined;

export async function savedLoader({ context }: LoaderFunctionArgs) {
  const queryClient = context.get(queryClientContext);
  // (Their code comes with this page, not with every page's first load: loaders are in the entry chunk.)
  const { downloadRecordQuery, savedStoriesQuery, storageQuery } = await import('../../pwa/saved-queries');
  await Promise.all([
    queryClient.query(savedStoriesQuery()).catch(ignore),
    queryClient.query(downloadRecordQuery()).catch(ignore),
    queryClient.query(storageQuery()).catch(ignore),
  ]);
  return null;
}
