// Which part of a page is being read aloud, where a page has several Listen controls (a live page's posts): one at a
// time, so pressing Listen on a post stops the one being read.
import { createContext } from 'react';

export interface ListenTurn {
  /** The memory key (a post's address) of the part being read, or null. */
  reading: string | null;
  take: (key: string) => void;
}

export const ListenTurnContext = createContext<ListenTurn | null>(null);
