// A link to one of the app's own pages: a plain <a href> that the router follows without a page load.
// React Router's <Link> runs about a dozen hooks (an effect and a layout effect among them) per link; a story page
// renders some thirty links, which came to a fifth of its first render on a slow phone (docs/decisions/016-applink-instead-of-link.md). This
// one runs none: `followAppLinks` (src/lib/app-links.ts) handles every click on such a link from one listener.
import type { AnchorHTMLAttributes } from 'react';
import { APP_LINK_ATTRIBUTE } from '../lib/app-links';

interface Props extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** An absolute path of the app ("/story/slug", "/archive?before=…"). */
  to: string;
}

export function AppLink({ to, children, ...rest }: Props) {
  return (
    <a href={to} {...{ [APP_LINK_ATTRIBUTE]: '' }} {...rest}>
      {children}
    </a>
  );
}
