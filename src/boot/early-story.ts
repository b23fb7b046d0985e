// The tiny inline script in index.html that starts a story's request (and its hero photo) before the app's JS
// arrives. Written as plain ES5 source here so the build can inline it and hash it in the CSP.
export interface EarlyStoryOptions {
  /** The content API base URL ("/api" or an absolute URL). */
  apiBase: string;
  /** In the demo build /api exists only once the service worker controls the page. */
  demo: boolean;
  sizes: string;
  /** Per route (a path regex source), the hashed JS chunks of its page, to preload before the router asks. */
  routeChunks?: Array<[string, string[]]>;
}

import { EARLY_GLOBAL } from '../api/early';

export { EARLY_GLOBAL };

export function earlyStoryScript({ apiBase, demo, sizes, routeChunks = [] }: EarlyStoryOptions): string {
  const base = JSON.stringify(apiBase.replace(/\/$/, ''));
  // The page's code is requested now too, instead of after the app's entry has run and matched the route.
  const preload = `var rc=${JSON.stringify(routeChunks)};for(var i=0;i<rc.length;i++){if(new RegExp(rc[i][0]).test(location.pathname)){for(var j=0;j<rc[i][1].length;j++){var pl=document.createElement("link");pl.rel="modulepreload";pl.href="/"+rc[i][1][j];document.head.appendChild(pl);}break;}}`;
  return `(function(){try{${routeChunks.length ? preload : ''}
var m=location.pathname.match(/^\\/story\\/([a-z0-9-]+)\\/?$/);if(!m||!window.fetch)return;
${demo ? 'if(!(navigator.serviceWorker&&navigator.serviceWorker.controller))return;' : ''}
var url=${base}+"/stories/"+m[1];
var safe=function(u){return typeof u==="string"&&/^(https?:\\/\\/|\\/(?![\\/\\\\]))/i.test(u.trim())&&!/[\\u0000-\\u001f\\u007f]/.test(u)};
var response=fetch(url,{headers:{accept:"application/json"}});
window.${EARLY_GLOBAL}={url:url,response:response};
response.then(function(r){if(!r.ok)return;return r.clone().json().then(function(a){
var h=a&&a.hero;if(!h||!safe(h.url))return;
var rs=(h.renditions||[]).filter(function(x){return x&&safe(x.url)&&typeof x.width==="number"}).map(function(x){return{url:x.url.trim(),width:x.width}});
rs.sort(function(x,y){return x.width-y.width});
var l=document.createElement("link");l.rel="preload";l.setAttribute("as","image");l.href=h.url.trim();
if(rs.length){l.setAttribute("imagesrcset",rs.map(function(x){return x.url.replace(/[\\s,]/g,function(c){return encodeURIComponent(c)})+" "+x.width+"w"}).join(", "));l.setAttribute("imagesizes",${JSON.stringify(sizes)});}
l.setAttribute("fetchpriority","high");document.head.appendChild(l);});}).catch(function(){});
}catch(e){}})();`;
}
