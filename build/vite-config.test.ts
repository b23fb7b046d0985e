// Quiet tools: Vite loads vite.config.ts, and everything it imports, without a warning from its config loader (the
// bundling loader warns about what its native loader, planned as Vite's default, refuses: imports without a file
// extension, __dirname, JSON without import attributes). `npm start` and every build load the config this way.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger, loadConfigFromFile, type Logger } from 'vite';

/** Every warning Vite's config loader gives while loading `configFile` for a build. */
async function loaderWarnings(configFile: string): Promise<string[]> {
  const warnings: string[] = [];
  const logger: Logger = { ...createLogger('warn'), warn: (message) => warnings.push(message), warnOnce: (message) => warnings.push(message) };
  await loadConfigFromFile({ command: 'build', mode: 'production' }, configFile, process.cwd(), 'warn', logger);
  return warnings;
}

const scratch = mkdtempSync(join(tmpdir(), 'lede-config-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the config loader', () => {
  it('warns about a config whose import names no file extension (so silence below means something)', async () => {
    writeFileSync(join(scratch, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(join(scratch, 'value.ts'), 'export const base = "/";\n');
    writeFileSync(join(scratch, 'vite.config.ts'), 'import { base } from "./value";\nexport default { base };\n');
    const warnings = await loaderWarnings(join(scratch, 'vite.config.ts'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('import "./value" without a file extension');
  });

  it('loads vite.config.ts, and everything it imports, without a warning', async () => {
    expect(await loaderWarnings('vite.config.ts')).toEqual([]);
  });
});
