import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import type { CountryOptions } from './country-options';
import { emptyFormValues, type CustomerFormValues } from './form-values';
import { isoCountries } from './iso-countries';
import { StateField } from './location-fields';

function Form({ children, country }: { children: ReactNode; country: string }) {
  const values = emptyFormValues();
  const form = useForm<CustomerFormValues>({
    defaultValues: { ...values, billing: { ...values.billing, country } },
  });
  return <FormProvider {...form}>{children}</FormProvider>;
}

function options(source: CountryOptions['source'], countries = isoCountries()): CountryOptions {
  return { countries, source, nameOf: (code) => code };
}

/** The text the field's `aria-describedby` points at, as a screen reader reads it after the label. */
function description(field: HTMLElement): string {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('StateField', { timeout: 20_000 }, () => {
  it('asks for the store’s own code as free text when the store lists no states', async () => {
    render(
      <Form country="US">
        <StateField kind="billing" options={options('bundled')} />
      </Form>,
    );
    const state = screen.getByRole('textbox', { name: 'State / county' });
    expect(description(state)).toMatch(/does not share its list of states/);
    await userEvent.type(state, 'CA');
    expect(state).toHaveProperty('value', 'CA');
  });

  it('offers the store’s states as a list, and says nothing more', () => {
    const china = { code: 'CN', name: 'China', states: [{ code: 'CN2', name: 'Beijing' }] };
    render(
      <Form country="CN">
        <StateField kind="billing" options={options('store', [china])} />
      </Form>,
    );
    const state = screen.getByRole('combobox', { name: 'State / county' });
    expect(description(state)).toBe('');
  });
});
