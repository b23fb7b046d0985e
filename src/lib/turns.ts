// The turns of a page's deferred parts (components/Later.tsx): one part per frame, in page order. Who needs the page
// finished waits here for the last turn (the worker's registration, src/main.tsx).
import { afterNextFrame, nextTask } from './next-task';

/**
 * The parts waiting for their turn, first mounted first (page order), and whether a part has its turn now: it was
 * told to render and has not yet committed, or the frame after its commit has not yet been painted.
 */
const waiting: Array<() => void> = [];
let turnTaken = false;
/** Who waits for every part to have had its turn (afterTurns). */
const whenAllIn: Array<() => void> = [];

function nextTurn(): void {
  if (turnTaken) return;
  if (waiting.length === 0) {
    for (const callback of whenAllIn.splice(0)) callback();
    return;
  }
  turnTaken = true;
  afterNextFrame(() => {
    const turn = waiting.shift();
    if (turn) return turn();
    turnTaken = false;
    nextTurn();
  });
}

/**
 * Queues a part's `turn` (called when it may render). Returns what the part calls once it has committed after its
 * turn (`taken`), or when it goes without one (unmounted first): the next part's turn waits for the next frame.
 */
export function queueTurn(turn: () => void): (taken: boolean) => void {
  waiting.push(turn);
  nextTurn();
  return (taken) => {
    const index = waiting.indexOf(turn);
    if (index >= 0) waiting.splice(index, 1);
    if (taken) turnTaken = false;
    nextTurn();
  };
}

/**
 * Calls `callback` once no part waits for its turn or is taking it: in the next task if none does. A page's parts
 * join the queue in the effects of the commit that mounts them, so called from a later effect of that commit, this
 * is the moment the page's deferred parts are all in.
 */
export function afterTurns(callback: () => void): void {
  if (!turnTaken && waiting.length === 0) void nextTask().then(callback);
  else whenAllIn.push(callback);
}
