// The entry build/inline-script.ts bundles into every page's page-start script (src/boot/page-start.ts), with the
// build's settings.
import { runPageStart, type PageStartConfig } from './page-start';

declare const __LEDE_PAGE_START__: PageStartConfig;

runPageStart(__LEDE_PAGE_START__);
