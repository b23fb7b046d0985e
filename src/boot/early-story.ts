// The tiny inline script in index.html that makes a story page paint before the app's JS has run:
// 1. on a story page it requests the story at once, while the HTML is still being read;
// 2. when the story arrives it paints the story's header (headline, standfirst, byline) into the static shell
//    (src/boot/shell.ts), as text nodes only (the content is never parsed as HTML);
// 3. after that frame it preloads the hero photo and starts the app: it preloads the entry's chunks and the route's
//    page chunks, then evaluates the entry's chunks one per task (dependencies first) and the entry module last,
//    whose first render shows the whole page in place of that header.
// Until the text has painted, nothing competes with the story's request for the network or the main thread.
// Everywhere else (other routes, no fetch, the demo before its worker controls the page) the app's code is preloaded
// and started at once; a failed or unexpected story response starts the app, which then shows its own error; a slow
// one starts it after START_CAP_MS, and the app takes the same request over.
// It also starts ICU at once, off the main thread: the page's first Intl date format costs a 15-30 ms task (ICU
// starts up), and ICU's start is shared by the renderer process, so a worker making one format (public/intl-warm.js)
// leaves the app's first format almost free. Without workers it makes that format in a task of its own instead.
// Written as plain ES5 source so the build can inline it and hash it in the CSP.
import { EARLY_GLOBAL } from '../api/early';
import { HOT_TOPICS_DISMISSED_KEY } from '../lib/storage-keys';

export interface EarlyStoryOptions {
  /** The content API base URL ("/api" or an absolute URL). */
  apiBase: string;
  /** In the demo build /api exists only once the service worker controls the page. */
  demo: boolean;
  sizes: string;
  /** Per route (a path regex source), the hashed JS chunks of its page, to preload before the router asks. */
  routeChunks?: Array<[string, string[]]>;
  /** The app's entry module ("/assets/index-….js"); the script loads it (the build takes its <script> out). */
  entry: string;
  /**
   * The chunks the entry imports statically, dependencies first. All are preloaded at once, then evaluated one module
   * script at a time, each in a task of its own, the entry last: evaluating them as one module graph was the longest
   * task of a story page's load (docs/decisions.md, "Code evaluated a chunk per task").
   */
  entryChunks?: string[];
  /** The publication's time zone, whose date format the script prepares while the network is busy. */
  timeZone: string;
}

export { EARLY_GLOBAL };

/** The worker that starts ICU off the main thread (a file of public/, same origin: CSP worker-src 'self'). */
export const INTL_WORKER = '/intl-warm.js';

/** The longest the app waits for the story before it starts anyway (and handles the slow request itself). */
export const START_CAP_MS = 1500;

export function earlyStoryScript({ apiBase, demo, sizes, routeChunks = [], entry, entryChunks = [], timeZone }: EarlyStoryOptions): string {
  const base = JSON.stringify(apiBase.replace(/\/$/, ''));
  return `(function(){var started=0,preloaded=0,ec=${JSON.stringify([...entryChunks, entry])};
function modulepreload(href){var l=document.createElement("link");l.rel="modulepreload";l.href=href;l.setAttribute("crossorigin","");document.head.appendChild(l)}
function preloadCode(){if(preloaded)return;preloaded=1;var i,j,rc=${JSON.stringify(routeChunks)};
for(i=0;i<ec.length;i++)modulepreload(ec[i]);
for(i=0;i<rc.length;i++){if(new RegExp(rc[i][0]).test(location.pathname)){for(j=0;j<rc[i][1].length;j++)modulepreload("/"+rc[i][1][j]);break}}}
function start(){if(started)return;started=1;preloadCode();var i=0;
(function next(){var s=document.createElement("script");s.type="module";s.setAttribute("crossorigin","");s.src=ec[i++];if(i<ec.length)s.onload=s.onerror=next;document.head.appendChild(s)})()}
function parsed(f){if(document.readyState==="loading")document.addEventListener("DOMContentLoaded",f);else f()}
function startSoon(){preloadCode();parsed(start)}
function safe(u){return typeof u==="string"&&/^(https?:\\/\\/|\\/(?![\\/\\\\]))/i.test(u.trim())&&!/[\\u0000-\\u001f\\u007f]/.test(u)}
function str(v){return typeof v==="string"&&v.trim()!==""}
function el(tag,cls,text){var e=document.createElement(tag);if(cls)e.className=cls;if(text!=null)e.appendChild(document.createTextNode(text));return e}
function paint(a){
var main=document.getElementById("main");if(!main||!main.querySelector(":scope>[data-shell]"))return false;
if(!a||!str(a.headline)||(a.standfirst!=null&&typeof a.standfirst!=="string")||!(a.byline instanceof Array))return false;
for(var k=0;k<a.byline.length;k++){var b=a.byline[k];if(!b||!str(b.name)||(b.role!=null&&typeof b.role!=="string"))return false}
var page=el("div","story-page"),d=null;try{d=localStorage.getItem(${JSON.stringify(HOT_TOPICS_DISMISSED_KEY)})}catch(e){}
if(d===null){var ph=el("div","hot-topics hot-topics--placeholder");ph.setAttribute("aria-hidden","true");page.appendChild(ph)}
var layout=el("div","story-layout"),art=el("article","story"),hd=el("header","story-header");
var h1=el("h1","story-header__headline",a.headline);h1.setAttribute("tabindex","-1");hd.appendChild(h1);
if(a.standfirst)hd.appendChild(el("p","story-header__standfirst",a.standfirst));
if(a.byline.length){var p=el("p","byline");p.appendChild(el("span","visually-hidden","By "));
for(k=0;k<a.byline.length;k++){var au=el("span","byline__author");if(k>0)au.appendChild(document.createTextNode(k===a.byline.length-1?" and ":", "));
au.appendChild(el("span","byline__name",a.byline[k].name));if(a.byline[k].role)au.appendChild(el("span","byline__role",", "+a.byline[k].role));p.appendChild(au)}hd.appendChild(p)}
art.appendChild(hd);layout.appendChild(art);page.appendChild(layout);
while(main.firstChild)main.removeChild(main.firstChild);main.appendChild(page);return true}
function preloadHero(a){var h=a&&a.hero;if(!h||!safe(h.url))return;
var rs=(h.renditions||[]).filter(function(x){return x&&safe(x.url)&&typeof x.width==="number"}).map(function(x){return{url:x.url.trim(),width:x.width}});
rs.sort(function(x,y){return x.width-y.width});
var l=document.createElement("link");l.rel="preload";l.setAttribute("as","image");l.href=h.url.trim();
if(rs.length){l.setAttribute("imagesrcset",rs.map(function(x){return x.url.replace(/[\\s,]/g,function(c){return encodeURIComponent(c)})+" "+x.width+"w"}).join(", "));l.setAttribute("imagesizes",${JSON.stringify(sizes)})}
l.setAttribute("fetchpriority","high");document.head.appendChild(l)}
function warmIntl(){try{new Intl.DateTimeFormat("en-US",{timeZone:${JSON.stringify(timeZone)},hour:"numeric"}).format(0)}catch(e){}}
try{if(window.Worker)new Worker(${JSON.stringify(INTL_WORKER)},{name:${JSON.stringify(timeZone)}});else setTimeout(warmIntl,0)}catch(e){setTimeout(warmIntl,0)}
try{
var m=location.pathname.match(/^\\/story\\/([a-z0-9-]+)\\/?$/);if(!m||!window.fetch){startSoon();return}
${demo ? 'if(!(navigator.serviceWorker&&navigator.serviceWorker.controller)){startSoon();return}' : ''}
var url=${base}+"/stories/"+m[1];
var response=fetch(url,{headers:{accept:"application/json"}});
window.${EARLY_GLOBAL}={url:url,response:response};
setTimeout(startSoon,${START_CAP_MS});
response.then(function(r){if(!r.ok)throw 0;return r.clone().json()}).then(function(a){
parsed(function(){var painted=false;try{painted=!started&&paint(a)}catch(e){}
var go=function(){preloadHero(a);setTimeout(startSoon,0)};
if(!painted||document.hidden||!window.requestAnimationFrame)go();else requestAnimationFrame(function(){setTimeout(go,0)})});
}).catch(startSoon);
}catch(e){startSoon()}})();`;
}
