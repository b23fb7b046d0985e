// The Listen player's state: stopped, reading or paused, at which utterance of how many, and how fast. A pure reducer:
// the page runs the speech engine from this state and tells it when an utterance has been read.

export type ListenStatus = 'idle' | 'playing' | 'paused';

export interface PlayerState {
  status: ListenStatus;
  /** The utterance being read (or to read next, when idle or paused). */
  index: number;
  /** Utterances in the script. */
  count: number;
  /** Speech rate, 1 = the voice's normal pace. */
  speed: number;
}

export type PlayerAction =
  /** Starts reading at the current utterance, or resumes it after a pause. */
  | { type: 'play' }
  | { type: 'pause' }
  /** Stops (the reader closed the player or left): the place is kept for next time. */
  | { type: 'stop' }
  | { type: 'next' }
  | { type: 'previous' }
  /** The current utterance has been read. */
  | { type: 'ended' }
  | { type: 'speed'; speed: number }
  /** The script changed (the story was updated, captions turned on or off): its length and the current place in it. */
  | { type: 'script'; count: number; index: number };

/** The speeds offered. */
export const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/** The offered speed nearest to `speed` (a stored value may be anything); 1 for a value that is not a number. */
export function clampSpeed(speed: number): number {
  if (!Number.isFinite(speed)) return 1;
  return SPEEDS.reduce((best, offered) => (Math.abs(offered - speed) < Math.abs(best - speed) ? offered : best));
}

/** A place within the script: a whole index from 0 to its last utterance, else the start. */
const placeIn = (index: number, count: number) => (Number.isInteger(index) && index >= 0 && index < count ? index : 0);

export function initialPlayer(count: number, index: number, speed: number): PlayerState {
  return { status: 'idle', index: placeIn(index, count), count, speed: clampSpeed(speed) };
}

export function playerReducer(state: PlayerState, action: PlayerAction): PlayerState {
  switch (action.type) {
    case 'play':
      return state.count === 0 || state.status === 'playing' ? state : { ...state, status: 'playing' };
    case 'pause':
      return state.status === 'playing' ? { ...state, status: 'paused' } : state;
    case 'stop':
      return state.status === 'idle' ? state : { ...state, status: 'idle' };
    case 'next':
      return state.index + 1 < state.count ? { ...state, index: state.index + 1 } : state;
    case 'previous':
      return state.index > 0 ? { ...state, index: state.index - 1 } : state;
    case 'ended':
      if (state.status !== 'playing') return state;
      // The end of the story: stopped, and back at the start for next time.
      return state.index + 1 < state.count ? { ...state, index: state.index + 1 } : { ...state, status: 'idle', index: 0 };
    case 'speed': {
      const speed = clampSpeed(action.speed);
      return speed === state.speed ? state : { ...state, speed };
    }
    case 'script': {
      const index = placeIn(action.index, action.count);
      return action.count === state.count && index === state.index
        ? state
        : { ...state, count: action.count, index, status: action.count === 0 ? 'idle' : state.status };
    }
  }
}
