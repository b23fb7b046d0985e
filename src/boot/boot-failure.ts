// What the static shell says when the app's code cannot load or start (a failed chunk, a deployment that replaced
// it, a dropped connection): a message and "Try again", never "Loading…" for ever. Built from text nodes only.
import { boot } from '#words/boot';

/**
 * The app's boot tells the shell it failed with this event on `document` (src/main.tsx); index.html's early script,
 * which carries this module, shows the message, so the app's own chunks carry none of it.
 */
export const BOOT_FAILED_EVENT = 'lede:boot-failed';

/** Replaces the shell's main content with the message and a button that reloads the page. */
export function showBootFailure(doc: Document = document): void {
  const main = doc.getElementById('main');
  if (!main || main.querySelector('[data-boot-failure]')) return;
  const section = doc.createElement('section');
  section.className = 'page page--message';
  section.setAttribute('data-boot-failure', '');
  section.setAttribute('role', 'alert');
  const message = doc.createElement('p');
  message.textContent = boot.failed;
  const retry = doc.createElement('button');
  retry.type = 'button';
  retry.className = 'button';
  retry.textContent = boot.retry;
  retry.addEventListener('click', () => doc.defaultView?.location.reload());
  section.append(message, retry);
  main.replaceChildren(section);
}
