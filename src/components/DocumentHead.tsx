// A page's document metadata: its title and the tags it adds to <head> (description, canonical, social cards).
// React 19 moved <title>, <meta> and <link> written anywhere in the tree into <head>; Preact renders elements where
// they are written (docs/decisions/011-preact-renders-the-app.md), so this component does it: the title through
// document.title (index.html's own <title> is the one browsers and assistive technology read) and the tags through
// a portal into <head>, so they leave with the page.
import { useLayoutEffect, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export function DocumentHead({ title, children }: { title: string; children?: ReactNode }) {
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);
  return children ? createPortal(children, document.head) : null;
}
