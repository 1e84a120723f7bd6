// As in main.tsx: zod without `new Function`, with its English messages.
import '../config/zod-without-eval';
import { afterEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import '../app/locales/register';
// The parts that arrive with lazy screens, as if every screen had been opened.
import '../features/customer-detail/strings';
import '../features/downloads/strings';
import '../features/customer-orders/strings';
import '../features/customer-form/strings';
import '../features/advanced-search/strings';
import '../features/batch/strings';
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
