// The content source this build reads, chosen at build time (`__LEDE_SOURCE__`): the build carries only that source.
// Built once at boot over the request path (src/main.tsx), and handed to the app with the QueryClient.
import type { Http } from './http';
import type { ContentSource } from './source';
import { createLedeSource, ledeApiBaseOfBuild } from './sources/lede/source';
import { createWordPressSource, wordpressSettingsOfBuild } from './sources/wordpress/source';

export function createContentSource(http: Http): ContentSource {
  return __LEDE_SOURCE__ === 'wordpress' ? createWordPressSource(wordpressSettingsOfBuild(), http) : createLedeSource(http, ledeApiBaseOfBuild());
}
