// As in main.tsx: zod without `new Function`, with its English messages.
import '../config/zod-without-eval';
import { afterEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import '../app/locales/register';
import { i18n } from '../i18n/i18n';

// Tests switch languages synchronously: both are loaded from the start.
await i18n.loadLanguage('zh-CN');

// Any console.error is a failing test: React warnings and swallowed errors must not pass silently.
const originalError = console.error;
vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
  originalError(...args);
  throw new Error(`console.error called: ${args.map(String).join(' ')}`);
});

afterEach(() => cleanup());
