// The entry build/inline-script.ts bundles into index.html's first inline script: the reader's stored display
// preferences, applied before the first paint (no flash of the wrong theme or text size), by the app's own code.
import { applyPreferences, readPreferences } from '../lib/preferences';

applyPreferences(readPreferences());
