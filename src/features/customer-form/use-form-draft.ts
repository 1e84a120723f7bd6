import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import * as z from 'zod/mini';
import type { CustomerFormValues } from './form-values';

// A copy of unsaved form values, so a reload, a crash or a closed tab does not lose what was
// typed. Never the password. Kept where the connection is kept: the session's storage, or the
// device's when the user chose "remember" — customer data should not outlive the keys.

const DraftSchema = z.object({
  savedAt: z.string(),
  values: z.custom<CustomerFormValues>((v) => typeof v === 'object' && v !== null && 'email' in v),
});
export type FormDraft = z.infer<typeof DraftSchema>;

const WRITE_DELAY_MS = 400;

function withoutPassword(values: CustomerFormValues): CustomerFormValues {
  return { ...values, password: '' };
}

function same(a: CustomerFormValues, b: CustomerFormValues): boolean {
  return JSON.stringify(withoutPassword(a)) === JSON.stringify(withoutPassword(b));
}

function read(storage: Storage | undefined, key: string): FormDraft | null {
  try {
    const parsed = DraftSchema.safeParse(JSON.parse(storage?.getItem(key) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** False when storage is blocked or full: the form still works, only the safety copy is missing. */
function attempt(action: () => void): boolean {
  try {
    action();
    return true;
  } catch {
    return false;
  }
}

export interface FormDraftApi {
  /** A draft from an earlier visit that differs from what the form shows, until restored or dropped. */
  offer: FormDraft | null;
  restore(): void;
  discard(): void;
  /** After a successful save or a deliberate cancel. */
  clear(): void;
  /** False when this browser cannot keep a draft here (storage blocked or full): the form says so. */
  kept: boolean;
}

export function useFormDraft(
  form: UseFormReturn<CustomerFormValues>,
  key: string,
  storage: Storage | undefined,
): FormDraftApi {
  const [offer, setOffer] = useState<FormDraft | null>(() => {
    const draft = read(storage, key);
    return draft && !same(draft.values, form.getValues()) ? draft : null;
  });

  // Once saved or cancelled, a write still waiting on its timer must not bring the draft back.
  const finished = useRef(false);
  const [writeFailed, setWriteFailed] = useState(false);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = form.watch(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const values = form.getValues();
        if (finished.current) return;
        // Read now, not when subscribing: "load theirs" resets the form to new defaults.
        const defaults = form.formState.defaultValues as CustomerFormValues;
        const written = attempt(() => {
          if (same(values, defaults)) storage?.removeItem(key);
          else {
            const draft: FormDraft = {
              savedAt: new Date().toISOString(),
              values: withoutPassword(values),
            };
            storage?.setItem(key, JSON.stringify(draft));
          }
        });
        if (!written) setWriteFailed(true);
      }, WRITE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [form, key, storage]);

  const clear = () => {
    finished.current = true;
    setOffer(null);
    attempt(() => storage?.removeItem(key));
  };
  return {
    offer,
    restore: () => {
      if (offer) form.reset(offer.values, { keepDefaultValues: true });
      setOffer(null);
    },
    discard: () => {
      setOffer(null);
      attempt(() => storage?.removeItem(key));
    },
    clear,
    kept: storage !== undefined && !writeFailed,
  };
}
