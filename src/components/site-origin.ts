// The site's public origin, which metadata's absolute addresses start with: the page's own in the browser, the one the
// render server is told to use on the server (it provides this context).
import { createContext } from 'react';

export const SiteOriginContext = createContext<string>(typeof window !== 'undefined' ? window.location.origin : '');
