// A private copy of scripts/serve.ts for one test, on a port of its own, that the test can stop and start again
// (the site going away while the browser still says it is online).
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './ports';

export interface PrivateServer {
  /** http://127.0.0.1:<port> */
  base: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function privateServer(dir: string): Promise<PrivateServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const server: PrivateServer = {
    base,
    async start() {
      // node itself (not npx) so that kill() stops the server rather than a wrapper.
      child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--dir', dir, '--port', String(port)], { stdio: 'ignore' });
      for (let i = 0; i < 100; i++) {
        if (
          await fetch(`${base}/`).then(
            (response) => response.ok,
            () => false,
          )
        )
          return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`private server on ${base} did not start`);
    },
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill();
      });
    },
  };
  await server.start();
  return server;
}
