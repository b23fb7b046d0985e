// What a bench prints when one of its servers ends: nothing when the run stopped it, else how it ended and its stderr.

/** How a child process ended, as Node's 'exit' event reports it. */
export interface ChildEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The report for server `name` ending as `end` (null when it needs none), given whether the run is stopping it. */
export function exitReport(name: string, end: ChildEnd, stopping: boolean, stderr: string): string | null {
  if (stopping || (!end.code && !end.signal)) return null;
  return `${name} exited with ${end.signal ?? end.code} during the run:\n${stderr}`;
}
