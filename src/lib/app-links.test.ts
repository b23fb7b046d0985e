import { afterEach, describe, expect, it, vi } from 'vitest';
import { APP_LINK_ATTRIBUTE, followAppLinks } from './app-links';

function link(href: string, attributes: Record<string, string> = {}, app = true): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  if (app) a.setAttribute(APP_LINK_ATTRIBUTE, '');
  for (const [name, value] of Object.entries(attributes)) a.setAttribute(name, value);
  a.append(document.createElement('span')); // clicks often land on an element inside the link
  document.body.append(a);
  return a;
}

function click(target: Element, init: MouseEventInit = {}): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init });
  target.dispatchEvent(event);
  return event;
}

let stop = () => undefined as void;
afterEach(() => {
  stop();
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
});

describe('followAppLinks', () => {
  it('sends a plain click on an app link, or on anything inside it, through the router', () => {
    const navigate = vi.fn();
    stop = followAppLinks(navigate);
    const event = click(link('/story/a-story?from=front#top').firstElementChild as Element);
    expect(event.defaultPrevented).toBe(true);
    expect(navigate).toHaveBeenCalledWith('/story/a-story?from=front#top', { replace: false });
  });

  it('replaces the history entry when the link leads to the page already shown, as React Router does', () => {
    window.history.replaceState(null, '', '/archive?before=2024-05-01');
    const navigate = vi.fn();
    stop = followAppLinks(navigate);
    click(link('/archive?before=2024-05-01'));
    expect(navigate).toHaveBeenCalledWith('/archive?before=2024-05-01', { replace: true });
  });

  it.each([
    ['a modifier key (new tab or window)', () => click(link('/story/a'), { ctrlKey: true })],
    ['the middle button', () => click(link('/story/a'), { button: 1 })],
    ['target="_blank"', () => click(link('/story/a', { target: '_blank' }))],
    ['a download', () => click(link('/story/a', { download: '' }))],
    ['another origin', () => click(link('https://elsewhere.example.com/story/a'))],
    ['a plain <a> that is not an app link', () => click(link('/story/a', {}, false))],
  ])('leaves %s to the browser', (_label, act) => {
    const navigate = vi.fn();
    stop = followAppLinks(navigate);
    const event = act();
    expect(event.defaultPrevented).toBe(false);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('ignores a click another handler has already handled, and stops when asked', () => {
    const navigate = vi.fn();
    stop = followAppLinks(navigate);
    const a = link('/story/a');
    a.addEventListener('click', (event) => event.preventDefault(), { once: true });
    click(a);
    expect(navigate).not.toHaveBeenCalled();
    stop();
    click(a);
    expect(navigate).not.toHaveBeenCalled();
  });
});
