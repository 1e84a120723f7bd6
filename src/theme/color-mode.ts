import { useSyncExternalStore } from 'react';
import { storageOf } from '../lib/safe-storage';

// The colour scheme the person chose (light, dark, or the system's), kept in this browser and
// applied as the class MUI's CSS-variables theme is written for (`.light` / `.dark` on <html>,
// theme-variables.css). Ours rather than MUI's ThemeProvider, so the first screen needs no MUI:
// MUI's own providers (mui-scope.tsx) are told to leave the class and the storage alone.

export type ColorMode = 'light' | 'dark' | 'system';

/** MUI's own key, so a choice made before this store existed is still honoured. */
export const COLOR_MODE_KEY = 'mui-mode';

const DARK_QUERY = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();
let mode: ColorMode = 'system';
let started = false;

function readStored(): string | null {
  try {
    return storageOf('local')?.getItem(COLOR_MODE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Kept where the browser allows; otherwise the choice lasts as long as the tab. */
function writeStored(value: ColorMode): void {
  try {
    storageOf('local')?.setItem(COLOR_MODE_KEY, value);
  } catch {
    // Storage full or refused.
  }
}

function isColorMode(value: unknown): value is ColorMode {
  return value === 'light' || value === 'dark' || value === 'system';
}

function systemIsDark(): boolean {
  return window.matchMedia?.(DARK_QUERY).matches ?? false;
}

/** Puts the scheme in force on <html>: its class, which the theme's variables hang on. */
function applyScheme(): void {
  const scheme = mode === 'system' ? (systemIsDark() ? 'dark' : 'light') : mode;
  const classes = document.documentElement.classList;
  classes.remove(scheme === 'dark' ? 'light' : 'dark');
  classes.add(scheme);
}

/**
 * Reads the stored choice and applies it; called once before the first render, so the first
 * paint is already in the right scheme. "System" then follows the system's changes live.
 */
export function startColorMode(): void {
  if (started) return;
  started = true;
  const stored = readStored();
  mode = isColorMode(stored) ? stored : 'system';
  applyScheme();
  window.matchMedia?.(DARK_QUERY).addEventListener('change', () => {
    if (mode === 'system') applyScheme();
  });
  // Another tab's choice (MUI's providers did the same).
  window.addEventListener('storage', (event) => {
    if (event.key !== COLOR_MODE_KEY) return;
    const next = isColorMode(event.newValue) ? event.newValue : 'system';
    if (next !== mode) setColorMode(next, false);
  });
}

/** The person's choice; `remember` false for one that arrives from another tab. */
export function setColorMode(next: ColorMode, remember = true): void {
  mode = next;
  if (remember) writeStored(next);
  applyScheme();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The chosen mode, and the way to change it (the top bar's switch, an embedding host). */
export function useColorMode(): { mode: ColorMode; setMode: (mode: ColorMode) => void } {
  const current = useSyncExternalStore(subscribe, () => mode);
  return { mode: current, setMode: setColorMode };
}
