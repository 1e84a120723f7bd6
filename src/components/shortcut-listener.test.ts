import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderHook } from '@testing-library/react';
import { ariaShortcut, type ShortcutId } from './shortcuts';
import {
  listenForShortcuts,
  pressShortcutControl,
  shortcutFor,
  useShortcuts,
} from './shortcut-listener';

afterEach(() => document.body.replaceChildren());

function add<E extends HTMLElement>(html: string): E {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  document.body.append(holder);
  return holder.firstElementChild as E;
}

/** What `shortcutFor` answers for a key pressed on `target` (the body when not given). */
function press(key: string, init: KeyboardEventInit = {}, target: Element = document.body) {
  let found: ShortcutId | undefined | 'not seen' = 'not seen';
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  const listen = (e: Event) => (found = shortcutFor(e as KeyboardEvent));
  target.addEventListener('keydown', listen);
  target.dispatchEvent(event);
  target.removeEventListener('keydown', listen);
  return found;
}

describe('which key is which shortcut', () => {
  it.each([
    ['?', 'help', { shiftKey: true }],
    ['b', 'batch', {}],
    ['/', 'search', {}],
    ['j', 'next', {}],
    ['ArrowDown', 'next', {}],
    ['k', 'previous', {}],
    ['ArrowUp', 'previous', {}],
    ['Enter', 'open', {}],
    ['e', 'edit', {}],
    // Caps Lock: a capital without Shift.
    ['J', 'next', {}],
    // German layout: `/` is Shift+7, and event.key already says `/`.
    ['/', 'search', { shiftKey: true }],
  ])('%s → %s', (key, id, init) => {
    expect(press(key, init)).toBe(id);
  });

  it('other keys are nothing', () => {
    for (const key of ['a', 'x', 'Escape', 'Tab', ' ', 'ArrowLeft', 'F1', 'Process'])
      expect(press(key), key).toBeUndefined();
  });

  it('a layout with another alphabet uses the letter at the Latin position', () => {
    // Russian ЙЦУКЕН: the J key types "о", the B key "и".
    expect(press('о', { code: 'KeyJ' })).toBe('next');
    expect(press('и', { code: 'KeyB' })).toBe('batch');
    // A Latin layout that moves letters (AZERTY) goes by the letter, not the position.
    expect(press('a', { code: 'KeyQ' })).toBeUndefined();
  });
});

describe('when a key must not fire', () => {
  it.each(['ctrlKey', 'metaKey', 'altKey'] as const)(
    'never with %s held: the browser’s shortcuts keep working',
    (modifier) => {
      for (const key of ['j', 'b', 'e', '/', '?', 'ArrowDown', 'Enter'])
        expect(press(key, { [modifier]: true }), key).toBeUndefined();
    },
  );

  it('Shift only where the character needs it', () => {
    expect(press('J', { shiftKey: true })).toBeUndefined();
    expect(press('E', { shiftKey: true })).toBeUndefined();
    expect(press('ArrowDown', { shiftKey: true })).toBeUndefined();
    expect(press('Enter', { shiftKey: true })).toBeUndefined();
  });

  it('AltGr (Ctrl+Alt on Windows) may type a shortcut’s character, not a letter of another key', () => {
    const altGr = { ctrlKey: true, altKey: true, modifierAltGraph: true } as KeyboardEventInit;
    expect(press('?', altGr)).toBe('help');
    expect(press('ArrowDown', altGr)).toBeUndefined();
  });

  it('never while an input method is composing (Pinyin and the like)', () => {
    expect(press('j', { isComposing: true })).toBeUndefined();
    expect(press('Process', { keyCode: 229 })).toBeUndefined();
    // Safari: the first key of a composition comes as keyCode 229 with the letter as its key.
    expect(press('b', { keyCode: 229 })).toBeUndefined();
  });

  it.each([
    '<input type="text">',
    '<input type="search">',
    '<input>',
    '<input type="email">',
    '<input type="number">',
    '<textarea></textarea>',
    '<select><option>a</option></select>',
    '<div contenteditable="true">x</div>',
    '<div role="textbox" tabindex="0">x</div>',
    '<div role="combobox" tabindex="0">x</div>',
    '<ul role="listbox"><li role="option" tabindex="0">x</li></ul>',
    '<ul role="menu"><li role="menuitem" tabindex="0">x</li></ul>',
  ])('never in %s: the key types or picks there', (html) => {
    const field = add(html);
    const target = field.querySelector('[tabindex]') ?? field;
    for (const key of ['j', 'k', 'e', 'b', '/', '?', 'ArrowDown', 'Enter'])
      expect(press(key, {}, target), key).toBeUndefined();
  });

  it('fires from a checkbox, a button, a link and a focusable row', () => {
    for (const html of [
      '<input type="checkbox">',
      '<button>x</button>',
      '<a href="#x">x</a>',
      '<table><tbody><tr tabindex="0"><td>x</td></tr></tbody></table>',
    ]) {
      const element = add(html);
      const target = element.querySelector('tr') ?? element;
      expect(press('j', {}, target), html).toBe('next');
    }
  });

  it('never while a modal dialog or a menu is open', () => {
    const dialog = add('<div role="dialog" aria-modal="true"><button>OK</button></div>');
    expect(press('j')).toBeUndefined();
    expect(press('?', { shiftKey: true }, dialog.querySelector('button')!)).toBeUndefined();
    dialog.remove();
    add('<div class="MuiModal-root" role="presentation"></div>');
    expect(press('b')).toBeUndefined();
  });

  it('a held key repeats only the moves', () => {
    expect(press('j', { repeat: true })).toBe('next');
    expect(press('ArrowUp', { repeat: true })).toBe('previous');
    expect(press('e', { repeat: true })).toBeUndefined();
    expect(press('b', { repeat: true })).toBeUndefined();
  });

  it('a key something else already handled', () => {
    const button = add('<button>x</button>');
    button.addEventListener('keydown', (e) => e.preventDefault());
    const event = new KeyboardEvent('keydown', { key: 'j', bubbles: true, cancelable: true });
    button.dispatchEvent(event);
    expect(shortcutFor(event)).toBeUndefined();
  });
});

describe('pressing the control a key belongs to', () => {
  /** jsdom lays nothing out: a control on screen is one with a box. */
  function shown<E extends HTMLElement>(element: E): E {
    element.getClientRects = () => [new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList;
    return element;
  }

  it('names the keys for aria-keyshortcuts, with Shift for ?', () => {
    expect(ariaShortcut('search')).toBe('/');
    expect(ariaShortcut('next')).toBe('j ArrowDown');
    expect(ariaShortcut('help')).toBe('Shift+?');
  });

  it('focuses the field (selecting its text) or clicks the button that declares the key', () => {
    const field = shown(add<HTMLInputElement>('<input aria-keyshortcuts="/" value="ann">'));
    expect(pressShortcutControl('search')).toBe(true);
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, 3]);

    const link = shown(add<HTMLAnchorElement>('<a href="#/batch" aria-keyshortcuts="b">B</a>'));
    const click = vi.fn((e: Event) => e.preventDefault());
    link.addEventListener('click', click);
    expect(pressShortcutControl('batch')).toBe(true);
    expect(click).toHaveBeenCalledOnce();
  });

  it('does nothing when no control on screen declares the key', () => {
    add('<a href="#/batch" aria-keyshortcuts="b" hidden>B</a>'); // no box: not shown
    expect(pressShortcutControl('batch')).toBe(false);
    expect(pressShortcutControl('edit')).toBe(false);
  });
});

describe('the listener', () => {
  const key = (k: string, target: Element = document.body) => {
    const event = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });
    target.dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('asks the newest screen handler first, then presses the control; stops when told', () => {
    const stop = listenForShortcuts();
    const calls: string[] = [];
    const outer = vi.fn((id: ShortcutId) => (calls.push(`outer ${id}`), id === 'previous'));
    const inner = vi.fn((id: ShortcutId) => (calls.push(`inner ${id}`), id === 'next'));
    const first = renderHook(() => useShortcuts(outer));
    const second = renderHook(() => useShortcuts(inner));
    const link = add<HTMLAnchorElement>('<a href="#/batch" aria-keyshortcuts="b">B</a>');
    link.getClientRects = () => [new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList;
    const click = vi.fn((e: Event) => e.preventDefault());
    link.addEventListener('click', click);

    expect(key('j')).toBe(true);
    expect(key('k')).toBe(true);
    expect(key('b')).toBe(true);
    expect(click).toHaveBeenCalledOnce();
    expect(key('x')).toBe(false);
    expect(calls).toEqual([
      'inner next',
      'inner previous',
      'outer previous',
      'inner batch',
      'outer batch',
    ]);

    second.unmount();
    expect(key('j')).toBe(false); // no one takes it now
    first.unmount();
    stop();
    expect(key('b')).toBe(false);
    expect(click).toHaveBeenCalledOnce();
  });

  it('leaves a key nobody takes alone (ArrowDown still scrolls the page)', () => {
    const stop = listenForShortcuts();
    const hook = renderHook(() => useShortcuts(() => false));
    expect(key('ArrowDown')).toBe(false);
    hook.unmount();
    stop();
  });

  it('a key typed in a field stays a character there', () => {
    const stop = listenForShortcuts();
    const handler = vi.fn(() => true);
    const hook = renderHook(() => useShortcuts(handler));
    const field = add<HTMLInputElement>('<input aria-keyshortcuts="/">');
    for (const k of ['j', 'e', 'b', '/']) expect(key(k, field), k).toBe(false);
    expect(handler).not.toHaveBeenCalled();
    hook.unmount();
    stop();
  });
});
