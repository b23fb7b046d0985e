// Whether a bench's figures were taken on a host busy with other work.
import os from 'node:os';

/**
 * Whether other work was using the CPUs when a bench began: the 1-minute load average at its start above ¾ of the
 * CPUs. The figure at its end includes the bench's own browser and servers (about 1.5 on 2 CPUs), so it says nothing
 * of other work.
 */
export function otherWorkAtStart(loadAtStart: number): boolean {
  return loadAtStart > os.cpus().length * 0.75;
}
