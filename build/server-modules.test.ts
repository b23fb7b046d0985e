// The render server's build takes html-parser.server.ts where the code imports html-parser; the browser's build never does.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { ledeServerModules } from './server-modules';

const scratch = mkdtempSync(join(tmpdir(), 'lede-server-modules-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// A browser build keeps no entry's exports: the entry uses what it imports.
writeFileSync(join(scratch, 'entry.ts'), "import { parser } from './html-parser';\nconsole.log(parser);\n");
writeFileSync(join(scratch, 'html-parser.ts'), "export const parser = 'the browser parser';\n");
writeFileSync(join(scratch, 'html-parser.server.ts'), "export const parser = 'the node parser';\n");

/** The code Vite builds from `entry` in scratch, for the server (`vite build --ssr`) or the browser. */
async function built(entry: string, ssr: boolean): Promise<string> {
  const output = (await build({
    configFile: false,
    root: scratch,
    logLevel: 'silent',
    plugins: [ledeServerModules()],
    build: { write: false, ssr: ssr ? entry : undefined, rolldownOptions: { input: join(scratch, entry) } },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  return [output]
    .flat()
    .flatMap((result) => result.output)
    .map((chunk) => (chunk.type === 'chunk' ? chunk.code : ''))
    .join('\n');
}

describe('ledeServerModules', () => {
  it("puts the Node twin in the server's build", async () => {
    const code = await built('entry.ts', true);
    expect(code).toContain('the node parser');
    expect(code).not.toContain('the browser parser');
  });

  it("leaves the browser's module in the browser's build", async () => {
    const code = await built('entry.ts', false);
    expect(code).toContain('the browser parser');
    expect(code).not.toContain('the node parser');
  });

  it('fails the server build when a twinned module has no twin', async () => {
    writeFileSync(join(scratch, 'lonely.ts'), "import { parser } from './alone/html-parser';\nconsole.log(parser);\n");
    mkdirSync(join(scratch, 'alone'));
    writeFileSync(join(scratch, 'alone', 'html-parser.ts'), "export const parser = 'the browser parser';\n");
    await expect(built('lonely.ts', true)).rejects.toThrow(/has no Node twin/);
  });
});
