import { afterEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import '../app/locales/register';

// Any console.error is a failing test: React warnings and swallowed errors must not pass silently.
const originalError = console.error;
vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
  originalError(...args);
  throw new Error(`console.error called: ${args.map(String).join(' ')}`);
});

afterEach(() => cleanup());
