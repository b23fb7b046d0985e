import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { findShellSearch, SHELL_SEARCH_ID, shouldTakeFocus } from '../lib/shell-search';
import { renderWithRouter } from '../test/render';
import { SearchBox } from './SearchBox';

/** The static page frame's field (src/boot/shell.ts), as a reader left it before the app took over. */
function staticField(text: string, focused: boolean) {
  const field = document.createElement('input');
  field.id = SHELL_SEARCH_ID;
  field.type = 'search';
  document.body.append(field);
  field.value = text;
  if (focused) field.focus();
  return field;
}

/** What React's first commit does in the app: the static frame leaves the document. */
function removeStaticFrame() {
  document.getElementById(SHELL_SEARCH_ID)?.remove();
}

afterEach(removeStaticFrame);

/** The masthead's box (the one that takes the static frame's field over). */
const MASTHEAD = { id: 'masthead-search', onToggle: () => {}, onKeyDown: () => {} };
/** Its field: in a closed popover (the phone's layout; jsdom applies the popover's default style, not the masthead's). */
const findMastheadField = () => screen.findByRole('searchbox', { name: 'Search stories', hidden: true });

describe('SearchBox', () => {
  it('takes over what the reader typed into the static frame before the app started, with the focus at its end', async () => {
    // The wide screen's layout, where the box is in place (on phones the popover opens first: e2e/masthead.spec.ts).
    const wide = document.head.appendChild(document.createElement('style'));
    wide.textContent = `#${MASTHEAD.id} { display: flex }`;
    onTestFinished(() => wide.remove());
    staticField('harbour bri', true);
    renderWithRouter(<SearchBox query="" masthead={MASTHEAD} />);
    const field = await findMastheadField();
    removeStaticFrame();
    expect(field).toHaveValue('harbour bri');
    expect(field).toHaveFocus();
    expect([(field as HTMLInputElement).selectionStart, (field as HTMLInputElement).selectionEnd]).toEqual([11, 11]);
  });

  it('leaves the focus where it is when the reader had moved on from the static field', async () => {
    staticField('harbour', false);
    renderWithRouter(<SearchBox query="" masthead={MASTHEAD} />);
    removeStaticFrame();
    const field = await findMastheadField();
    expect(field).toHaveValue('harbour');
    expect(field).not.toHaveFocus();
  });

  it("shows the URL's query on a search page, and an empty field once the static frame's text has been taken", async () => {
    staticField('typed', false);
    const view = renderWithRouter(<SearchBox query="bridge" masthead={MASTHEAD} />);
    expect(await findMastheadField()).toHaveValue('bridge');
    view.unmount();
    removeStaticFrame();
    // Once the static frame is gone, a later search field (another mount) starts empty.
    renderWithRouter(<SearchBox query="" masthead={MASTHEAD} />);
    expect(await findMastheadField()).toHaveValue('');
  });
  it("leaves the static frame's text to the masthead's box: a search page's own box starts with the URL's query", async () => {
    staticField('typed', true);
    renderWithRouter(<SearchBox query="" className="search-box search-box--page" />);
    const field = await screen.findByRole('searchbox', { name: 'Search stories' });
    expect(field).toHaveValue('');
    expect(field).not.toHaveFocus();
  });
});

describe('the static field during a first render that yields to input', () => {
  it('reads the text at the commit and follows the focus the reader gave the field after the render began', () => {
    const field = staticField('har', false);
    const shell = findShellSearch();
    if (!shell) throw new Error('the static field was not found');
    // The reader clicks into the field and types on while the app renders …
    field.focus();
    field.value = 'harbour bridge';
    // … and the commit removes the static frame with the focus in it.
    removeStaticFrame();
    expect(shell.field.value).toBe('harbour bridge');
    expect(shouldTakeFocus(shell)).toBe(true);
  });

  it('does not take the focus back from wherever the reader moved it', () => {
    const field = staticField('harbour', true);
    const shell = findShellSearch();
    if (!shell) throw new Error('the static field was not found');
    const other = document.createElement('button');
    document.body.append(other);
    other.focus();
    removeStaticFrame();
    expect(field.isConnected).toBe(false);
    expect(shouldTakeFocus(shell)).toBe(false);
    other.remove();
  });
});
