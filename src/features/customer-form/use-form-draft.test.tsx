import { act, renderHook } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyFormValues, type CustomerFormValues } from './form-values';
import { useFormDraft } from './use-form-draft';

const KEY = 'draft-under-test';

function useDraftedForm(defaults: CustomerFormValues) {
  const form = useForm<CustomerFormValues>({ defaultValues: defaults });
  return { form, draft: useFormDraft(form, KEY, sessionStorage) };
}

describe('useFormDraft', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    sessionStorage.clear();
  });
  afterEach(() => vi.useRealTimers());

  it('keeps changed values (never the password) and offers them back on the next visit', () => {
    const first = renderHook(() => useDraftedForm(emptyFormValues()));
    act(() => {
      first.result.current.form.setValue('first_name', 'Zoë');
      first.result.current.form.setValue('password', 'secret!');
      vi.advanceTimersByTime(500);
    });
    expect(sessionStorage.getItem(KEY)).not.toContain('secret!');
    first.unmount();

    const second = renderHook(() => useDraftedForm(emptyFormValues()));
    expect(second.result.current.draft.offer?.values.first_name).toBe('Zoë');
    act(() => second.result.current.draft.restore());
    expect(second.result.current.form.getValues('first_name')).toBe('Zoë');
    expect(second.result.current.draft.offer).toBeNull();
  });

  it('forgets the draft once saved, even if a write was still waiting', () => {
    const { result } = renderHook(() => useDraftedForm(emptyFormValues()));
    act(() => {
      result.current.form.setValue('last_name', 'Ng');
      vi.advanceTimersByTime(500);
      result.current.form.setValue('last_name', 'Nguyen');
      result.current.draft.clear();
      vi.advanceTimersByTime(500);
    });
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  it('offers nothing when the stored draft equals what the form shows', () => {
    sessionStorage.setItem(
      KEY,
      JSON.stringify({ savedAt: new Date().toISOString(), values: emptyFormValues() }),
    );
    const { result } = renderHook(() => useDraftedForm(emptyFormValues()));
    expect(result.current.draft.offer).toBeNull();
  });

  it('says a draft cannot be kept when there is no storage, or when writing fails', () => {
    const none = renderHook(() => {
      const form = useForm<CustomerFormValues>({ defaultValues: emptyFormValues() });
      return useFormDraft(form, KEY, undefined);
    });
    expect(none.result.current.kept).toBe(false);

    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const { result } = renderHook(() => {
      const form = useForm<CustomerFormValues>({ defaultValues: emptyFormValues() });
      return { form, draft: useFormDraft(form, KEY, full) };
    });
    expect(result.current.draft.kept).toBe(true);
    act(() => {
      result.current.form.setValue('first_name', 'Zoë');
      vi.advanceTimersByTime(500);
    });
    expect(result.current.draft.kept).toBe(false);
    expect(result.current.form.getValues('first_name')).toBe('Zoë'); // the form still works
  });
});
