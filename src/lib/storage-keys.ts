// localStorage keys read both by the app and by the inline boot script in index.html.
/** The hot topics the reader dismissed (a signature of their slugs); absent while the bar is shown. */
export const HOT_TOPICS_DISMISSED_KEY = 'lede:hot-topics-dismissed';
