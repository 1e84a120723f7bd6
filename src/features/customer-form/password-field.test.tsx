import { render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyFormValues, type CustomerFormValues } from './form-values';
import { PasswordField } from './password-field';

function renderField() {
  // The form lives outside the rendered tree so the test can read what the field wrote into it.
  const form = renderHook(() => useForm<CustomerFormValues>({ defaultValues: emptyFormValues() }))
    .result.current;
  render(<PasswordField control={form.control} mode="create" />);
  return {
    input: screen.getByLabelText('Password', { selector: 'input' }),
    user: userEvent.setup(),
    formValue: () => form.getValues('password'),
  };
}

afterEach(() => vi.restoreAllMocks());

// The first render (MUI, i18n) is slow on a loaded machine.
describe('PasswordField', { timeout: 20_000 }, () => {
  it('starts hidden; the eye button shows and hides it and says which it will do', async () => {
    const { input, user } = renderField();
    expect(input).toHaveProperty('type', 'password');
    const show = screen.getByRole('button', { name: 'Show password' });
    expect(show.getAttribute('aria-pressed')).toBe('false');

    await user.click(show);
    expect(input).toHaveProperty('type', 'text');
    const hide = screen.getByRole('button', { name: 'Hide password' });
    expect(hide.getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByRole('button', { name: 'Show password' })).toBeNull();

    await user.click(hide);
    expect(input).toHaveProperty('type', 'password');
    expect(screen.getByRole('button', { name: 'Show password' })).toBeTruthy();
  });

  it('Generate fills in a strong random password and shows it', async () => {
    const { input, user, formValue } = renderField();
    await user.click(screen.getByRole('button', { name: 'Generate' }));

    const first = (input as HTMLInputElement).value;
    expect(first).toMatch(/^[A-Za-z0-9!#%*\-_=+]{20}$/);
    expect(formValue()).toBe(first);
    // A generated password is meant to be read and passed on.
    expect(input).toHaveProperty('type', 'text');
    expect(screen.getByRole('button', { name: 'Hide password' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Generate' }));
    expect((input as HTMLInputElement).value).toMatch(/^[A-Za-z0-9!#%*\-_=+]{20}$/);
    expect((input as HTMLInputElement).value).not.toBe(first);
  });

  it('draws the password from crypto.getRandomValues, not a guessable source', async () => {
    // A source stuck on one value must give one repeated character: the password comes from it.
    vi.spyOn(crypto, 'getRandomValues').mockImplementation((array) => array);
    const { input, user } = renderField();
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    const value = (input as HTMLInputElement).value;
    expect(value).toHaveLength(20);
    expect(new Set(value).size).toBe(1);
  });
});
