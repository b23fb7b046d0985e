// Types for scripts/suite.mjs (plain JS, so `npm test` needs no TypeScript loader for its own steps).
export interface SuiteRow {
  suite: string;
  passed: number;
  failed: number;
  skipped: number;
}
export interface PlaywrightRun {
  ok: boolean;
  output: string;
  report: string;
}
export declare function run(label: string, command: string, args: string[], env?: NodeJS.ProcessEnv): boolean;
export declare function readJson(path: string): unknown;
export declare function row(suite: string, ok: boolean): SuiteRow;
export declare function runPlaywright(label: string, args: string[], env: NodeJS.ProcessEnv, report: string): Promise<PlaywrightRun>;
export declare function startFailure(output: string): string;
export declare function playwrightRow(suite: string, run: PlaywrightRun): SuiteRow;
export declare function holdPorts(ports: number[]): Promise<() => Promise<unknown>>;
