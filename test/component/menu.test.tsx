// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Menu } from '../../src/app/components/Menu.tsx';

afterEach(cleanup);

function renderMenu(): { details: HTMLDetailsElement; summary: HTMLElement; link: HTMLAnchorElement; outside: HTMLElement } {
  const { container } = render(
    <div>
      <p id="outside">Text beside the menu</p>
      <Menu className="menu" summary="Languages">
        <ul>
          <li>
            <a href="/da/">Dansk</a>
          </li>
        </ul>
      </Menu>
    </div>,
  );
  const details = container.querySelector('details');
  const summary = container.querySelector('summary');
  const link = container.querySelector('a');
  const outside = container.querySelector<HTMLElement>('#outside');
  if (!details || !summary || !link || !outside) throw new Error('menu not rendered');
  return { details, summary, link, outside };
}

// The menu is opened by setting `open` as the browser does, with no toggle event delivered yet:
// the close must not wait for React to have heard the menu open.
describe('Menu', () => {
  it('closes on Escape pressed the moment it opened, and puts the focus back on its summary', () => {
    const { details, summary, link } = renderMenu();
    details.open = true;
    link.focus();
    fireEvent.keyDown(link, { key: 'Escape' });
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(summary);
  });

  it('closes on Escape without taking the focus when the focus was elsewhere', () => {
    const { details, outside } = renderMenu();
    outside.tabIndex = -1;
    outside.focus();
    details.open = true;
    fireEvent.keyDown(outside, { key: 'Escape' });
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(outside);
  });

  it('leaves an Escape another handler took alone, and ignores other keys', () => {
    const { details, link } = renderMenu();
    details.open = true;
    link.addEventListener('keydown', (event) => event.preventDefault());
    fireEvent.keyDown(link, { key: 'Escape' });
    fireEvent.keyDown(link, { key: 'Enter' });
    expect(details.open).toBe(true);
  });

  it('closes on a click outside it, and stays open for a click inside it', () => {
    const { details, outside } = renderMenu();
    details.open = true;
    fireEvent.click(details.querySelector('ul') as HTMLElement);
    expect(details.open).toBe(true);
    fireEvent.click(outside);
    expect(details.open).toBe(false);
  });

  it('stops listening once it is gone', () => {
    const { details } = renderMenu();
    details.open = true;
    cleanup();
    // A listener left behind would still close the (now detached) menu on a click in the page.
    fireEvent.click(document.body);
    expect(details.open).toBe(true);
  });
});
