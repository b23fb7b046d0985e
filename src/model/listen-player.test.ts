import { describe, expect, it } from 'vitest';
import { clampSpeed, initialPlayer, playerReducer, type PlayerAction, type PlayerState } from './listen-player';

const run = (state: PlayerState, ...actions: PlayerAction[]) => actions.reduce(playerReducer, state);
const at = (index: number, status: PlayerState['status'] = 'idle') => ({ ...initialPlayer(5, index, 1), status });

describe('the Listen player', () => {
  it('starts at the remembered place, or at the start when that place is not in the script', () => {
    expect(initialPlayer(5, 3, 1)).toEqual({ status: 'idle', index: 3, count: 5, speed: 1 });
    expect(initialPlayer(5, 9, 1).index).toBe(0);
    expect(initialPlayer(5, -1, 1).index).toBe(0);
    expect(initialPlayer(5, 1.5, 1).index).toBe(0);
  });

  it('plays, pauses and resumes at the same sentence', () => {
    const playing = run(at(0), { type: 'play' });
    expect(playing).toMatchObject({ status: 'playing', index: 0 });
    const paused = run(playing, { type: 'ended' }, { type: 'pause' });
    expect(paused).toMatchObject({ status: 'paused', index: 1 });
    // An utterance cancelled by the pause does not move the place on.
    expect(run(paused, { type: 'ended' })).toBe(paused);
    expect(run(paused, { type: 'play' })).toMatchObject({ status: 'playing', index: 1 });
  });

  it('reads on sentence by sentence and stops at the end of the story, back at its start', () => {
    const last = run(at(3, 'playing'), { type: 'ended' });
    expect(last).toMatchObject({ status: 'playing', index: 4 });
    expect(run(last, { type: 'ended' })).toMatchObject({ status: 'idle', index: 0 });
  });

  it('skips one sentence back or forward, and goes no further than either end', () => {
    expect(run(at(2, 'playing'), { type: 'next' })).toMatchObject({ status: 'playing', index: 3 });
    expect(run(at(2, 'paused'), { type: 'previous' })).toMatchObject({ status: 'paused', index: 1 });
    const first = at(0, 'playing');
    expect(run(first, { type: 'previous' })).toBe(first);
    const last = at(4, 'playing');
    expect(run(last, { type: 'next' })).toBe(last);
  });

  it('keeps the place when stopped, for next time', () => {
    expect(run(at(2, 'playing'), { type: 'stop' })).toMatchObject({ status: 'idle', index: 2 });
  });

  it('changes speed within 0.75× to 2×, to the nearest speed offered', () => {
    expect(run(at(0, 'playing'), { type: 'speed', speed: 1.5 }).speed).toBe(1.5);
    expect(run(at(0), { type: 'speed', speed: 5 }).speed).toBe(2);
    expect(run(at(0), { type: 'speed', speed: 0.1 }).speed).toBe(0.75);
    expect(clampSpeed(1.3)).toBe(1.25);
    expect(clampSpeed(Number.NaN)).toBe(1);
    expect(initialPlayer(3, 0, 9).speed).toBe(2);
  });

  it('does nothing for an empty script', () => {
    const empty = initialPlayer(0, 0, 1);
    expect(run(empty, { type: 'play' })).toBe(empty);
  });

  it('follows a new script to the same sentence, and stops when it is empty', () => {
    expect(run(at(3, 'playing'), { type: 'script', count: 8, index: 5 })).toMatchObject({ status: 'playing', index: 5, count: 8 });
    expect(run(at(3, 'playing'), { type: 'script', count: 0, index: 0 })).toMatchObject({ status: 'idle', index: 0, count: 0 });
  });
});
