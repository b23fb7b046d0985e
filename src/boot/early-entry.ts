// The entry build/inline-script.ts bundles into index.html's early paint script (src/boot/early-story.ts), with the
// build's settings and the adapter of the build's content source (the other source's adapter is left out of the bundle).
import { ledeEarly } from '../api/sources/lede/early';
import { wordpressEarly } from '../api/sources/wordpress/early';
import { runEarlyStory, type EarlyStoryConfig } from './early-story';

declare const __LEDE_EARLY__: EarlyStoryConfig;

runEarlyStory(__LEDE_EARLY__, __LEDE_SOURCE__ === 'wordpress' ? wordpressEarly : ledeEarly);
