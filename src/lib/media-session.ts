// The Media Session: what the lock screen and a headset's buttons show and do while something plays, where the browser
// has one (`navigator.mediaSession`).

export type MediaControls = Partial<Record<'play' | 'pause' | 'previoustrack' | 'nexttrack', () => void>>;

const session = (): MediaSession | null => (typeof navigator !== 'undefined' && 'mediaSession' in navigator ? navigator.mediaSession : null);

/** Shows `metadata` and takes the controls' actions; returns a function that gives them back (cleared). */
export function claimMediaSession(metadata: MediaMetadataInit, controls: MediaControls): () => void {
  const media = session();
  if (!media) return () => undefined;
  if (typeof MediaMetadata === 'function') media.metadata = new MediaMetadata(metadata);
  const actions = Object.keys(controls) as Array<keyof MediaControls>;
  for (const action of actions) {
    try {
      media.setActionHandler(action, controls[action] ?? null);
    } catch {
      // A browser that does not know an action throws: that button simply does nothing there.
    }
  }
  return () => {
    media.metadata = null;
    media.playbackState = 'none';
    for (const action of actions) {
      try {
        media.setActionHandler(action, null);
      } catch {
        // As above.
      }
    }
  };
}

export function setPlaybackState(state: MediaSessionPlaybackState): void {
  const media = session();
  if (media) media.playbackState = state;
}
