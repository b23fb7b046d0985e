// A server that ends mid-run is reported, however it ended; one the run stops is not.
import { describe, expect, it } from 'vitest';
import { exitReport } from './child-exit';

describe('exitReport', () => {
  it('reports a server that failed or was killed from outside during the run, with its stderr', () => {
    expect(exitReport('scripts/api-server.ts', { code: 1, signal: null }, false, 'EADDRINUSE')).toBe(
      'scripts/api-server.ts exited with 1 during the run:\nEADDRINUSE',
    );
    // Killed by a signal the run did not send: Node reports code null, and the rows after it measure an error page.
    expect(exitReport('scripts/api-server.ts', { code: null, signal: 'SIGKILL' }, false, '')).toBe(
      'scripts/api-server.ts exited with SIGKILL during the run:\n',
    );
  });

  it('says nothing of a clean exit or of the servers the run itself stops', () => {
    expect(exitReport('server.js', { code: 0, signal: null }, false, '')).toBeNull();
    expect(exitReport('server.js', { code: null, signal: 'SIGTERM' }, true, '')).toBeNull();
  });
});
