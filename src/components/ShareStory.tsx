// Share a story: the system share sheet where the browser has one, else copy the link with a confirmation.
import { useEffect, useRef, useState } from 'react';
import { story as words } from '#words/story';
import { tools } from '#words/tools';

interface Props {
  title: string;
  url: string;
  text?: string;
}

type State = 'idle' | 'copied' | 'manual';

export function ShareStory({ title, url, text }: Props) {
  const [state, setState] = useState<State>('idle');
  const manualField = useRef<HTMLInputElement>(null);
  // When copying was refused, put the reader straight into the link field, selected, to copy by hand.
  useEffect(() => {
    if (state === 'manual') manualField.current?.focus();
  }, [state]);

  const share = async () => {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url, text });
        return;
      } catch (error) {
        // The reader closed the share sheet: nothing to do. Other failures fall back to copying.
        if ((error as { name?: string }).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('manual');
    }
  };

  return (
    <div className="share-story">
      <button type="button" onClick={() => void share()}>
        {tools.share}
      </button>
      <p role="status" className="share-story__status">
        {state === 'copied' && words.copied}
      </p>
      {state === 'manual' && (
        <label className="share-story__manual">
          {words.copy}
          <input ref={manualField} type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
