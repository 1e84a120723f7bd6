import { useEffect } from 'react';
import { ariaShortcut, SHORTCUT_KEYS, type ShortcutId } from './shortcuts';

/** Answers whether it handled the key; the first that does wins and the key's default is prevented. */
export type ShortcutHandler = (id: ShortcutId, event: KeyboardEvent) => boolean;

const BY_KEY: Record<string, ShortcutId> = {};
for (const [id, keys] of Object.entries(SHORTCUT_KEYS))
  for (const key of keys) BY_KEY[key] = id as ShortcutId;

// Where a key types, moves a caret or picks an option, it is the field's, never a shortcut.
const FIELD =
  '[role=textbox],[role=searchbox],[role=combobox],[role=listbox],[role=menu],[role=spinbutton],[role=slider],[contenteditable]:not([contenteditable=false])';
const NOT_TYPED = /^(checkbox|radio|button|submit|reset|image|file|color)$/;

/** True where a key belongs to what has the focus (a text field, a list, an editor). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TYPED.test(target.type);
  return target.matches('textarea,select') || target.closest(FIELD) !== null;
}

/**
 * The shortcut a key press asks for, or nothing: never while typing in a field or composing with
 * an input method (IME), never with Ctrl, ⌘ or Alt (the browser's and the system's own), never
 * while a modal dialog or menu is open. Shift only where the layout needs it for the character
 * (`?`); AltGr likewise, for layouts that put `/` or `?` there.
 */
export function shortcutFor(event: KeyboardEvent): ShortcutId | undefined {
  if (event.defaultPrevented || event.isComposing || event.keyCode === 229) return undefined;
  let key = event.key;
  const printable = key.length === 1;
  const altGraph = printable && event.getModifierState('AltGraph');
  if (event.metaKey || ((event.ctrlKey || event.altKey) && !altGraph)) return undefined;
  if (!printable && event.shiftKey) return undefined;
  // Caps Lock on: `J` without Shift is still `j`.
  if (printable && !event.shiftKey) key = key.toLowerCase();
  // Cyrillic, Greek… layouts: the letter printed where a Latin layout has it.
  if (printable && key > '~' && /^Key[A-Z]$/.test(event.code))
    key = event.code.slice(3).toLowerCase();
  const id = BY_KEY[key];
  if (!id || (event.repeat && id !== 'next' && id !== 'previous')) return undefined;
  if (isTypingTarget(event.target)) return undefined;
  if (document.querySelector('[aria-modal="true"],.MuiModal-root:not(.MuiModal-hidden)'))
    return undefined;
  return id;
}

/** What a key does when no screen takes it: focus the field (`/`) or press the control that declares it. */
export function pressShortcutControl(id: ShortcutId): boolean {
  const controls = document.querySelectorAll<HTMLElement>(
    `[aria-keyshortcuts="${ariaShortcut(id)}"]`,
  );
  const control = [...controls].reverse().find((el) => el.getClientRects().length > 0);
  if (!control) return false;
  if (control instanceof HTMLInputElement) {
    control.focus();
    control.select();
  } else control.click();
  return true;
}

const handlers: ShortcutHandler[] = [];
function dispatch(event: KeyboardEvent) {
  const id = shortcutFor(event);
  if (id && (handlers.some((handle) => handle(id, event)) || pressShortcutControl(id)))
    event.preventDefault();
}

let listening = 0;
/** One listener on the document for every shortcut (the app starts it once); returns its stop. */
export function listenForShortcuts(): () => void {
  if (listening++ === 0) document.addEventListener('keydown', dispatch);
  return () => {
    if (--listening === 0) document.removeEventListener('keydown', dispatch);
  };
}

/**
 * A screen's own handling of keys while it is mounted, asked before the controls are; a handler
 * mounted later is asked first. Pass a stable function (module level or `useCallback`).
 */
export function useShortcuts(handler: ShortcutHandler): void {
  useEffect(() => {
    handlers.unshift(handler);
    return () => void handlers.splice(handlers.indexOf(handler), 1);
  }, [handler]);
}
