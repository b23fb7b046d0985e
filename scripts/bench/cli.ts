// What every bench script shares: its command-line options and the median it reports.
const args = process.argv.slice(2);

/** `--name value` from the command line, or `fallback`. */
export function option(name: string, fallback: string): string {
  const index = args.indexOf(`--${name}`);
  return index > -1 && args[index + 1] ? (args[index + 1] as string) : fallback;
}

/** Whether `--name` was given. */
export const flag = (name: string): boolean => args.includes(`--${name}`);

/** The median of the finite values (NaN when there are none). */
export function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
