// Started by index.html's early script (src/boot/early-story.ts): makes the page's first Intl date format on a
// worker thread. ICU's start-up is shared by the whole renderer process, so the app's own first format, on the main
// thread, then costs a fraction of a millisecond instead of a 15-30 ms task.
try {
  new Intl.DateTimeFormat('en-US', { timeZone: self.name || undefined, hour: 'numeric' }).format(0);
  // "2 hours ago" beside a recent story's time loads data of its own.
  new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' }).format(-1, 'hour');
} catch {
  // An unknown time zone: the app reports it when it formats a date.
}
self.close();
