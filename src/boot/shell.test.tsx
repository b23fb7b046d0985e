import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../test/render';
import { SHELL_SEARCH_ID } from '../lib/shell-search';
import { appShellHtml } from './shell';

/**
 * Markup as a canonical string: attributes sorted, the search field's generated id replaced by a placeholder, and
 * without aria-current: one static index.html answers every address, so only the app marks the current page (a
 * colour, nothing that moves).
 */
function canonical(node: Node, searchId: string): string {
  if (node.nodeType === Node.TEXT_NODE) return JSON.stringify(node.textContent);
  const element = node as Element;
  const attributes = [...element.attributes]
    .filter((attribute) => attribute.name !== 'aria-current')
    .map((attribute) => `${attribute.name}="${attribute.value === searchId ? '(search id)' : attribute.value}"`)
    .sort();
  return `<${element.localName} ${attributes.join(' ')}>${[...element.childNodes].map((child) => canonical(child, searchId)).join('')}</${element.localName}>`;
}

describe('static app shell (index.html)', () => {
  it("is the app's own frame: the same skip link, masthead, notices region and main", async () => {
    const { container } = renderRoute('/popular');
    await screen.findByRole('heading', { level: 1, name: 'Most popular this week' });
    const appSearchId = container.querySelector('.search-box__input')?.id ?? '';

    const shell = document.createElement('div');
    shell.innerHTML = appShellHtml(); // the build's own static markup (trusted, no content)
    for (const selector of ['.skip-link', 'header.masthead', '.pwa-notices']) {
      const fromShell = shell.querySelector(selector) as Element;
      const fromApp = container.querySelector(selector) as Element;
      expect(fromApp, selector).not.toBeNull();
      expect(canonical(fromShell, SHELL_SEARCH_ID), selector).toBe(canonical(fromApp, appSearchId));
    }
    // Same order of the frame's elements, and the same main element the skip link points to.
    const order = (root: Element) =>
      [...root.children].map((child) => child.localName + (child.id ? `#${child.id}` : '')).filter((name) => name !== 'footer' && name !== 'div');
    expect(order(shell)).toEqual(order(container));
    const main = shell.querySelector('main') as HTMLElement;
    expect([main.id, main.tabIndex]).toEqual(['main', -1]);
  });

  it('works before any script: plain links to every section and a GET search form', () => {
    const shell = document.createElement('div');
    shell.innerHTML = appShellHtml();
    expect([...shell.querySelectorAll('header a')].map((link) => link.getAttribute('href'))).toEqual([
      '/',
      '/',
      '/popular',
      '/archive',
      '/saved',
      '/preferences',
    ]);
    // The phone's two panels open without script too.
    for (const button of shell.querySelectorAll('button[popovertarget]')) {
      expect(shell.querySelector(`#${button.getAttribute('popovertarget')}[popover]`), button.textContent ?? '').not.toBeNull();
    }
    expect(shell.querySelectorAll('button[popovertarget]')).toHaveLength(2);
    const form = shell.querySelector('form') as HTMLFormElement;
    expect([form.method, form.getAttribute('action'), (form.querySelector('input') as HTMLInputElement).name]).toEqual(['get', '/search', 'q']);
    expect(shell.querySelector(`label[for="${SHELL_SEARCH_ID}"]`)).not.toBeNull();
  });
});
