// The entry build/early-script.ts bundles into index.html's inline script: the early script with the build's settings.
import { runEarlyStory, type EarlyStoryConfig } from './early-story';

declare const __LEDE_EARLY__: EarlyStoryConfig;

runEarlyStory(__LEDE_EARLY__);
