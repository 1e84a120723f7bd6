import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

// Registered customers picked in the advanced search's results, by WordPress user id, across
// pages. Guests have no account, so they can never be picked. A bulk action rendered inside the
// advanced search (the batch editor) reads the ids with `useSelectedRegisteredCustomers`.

export interface RegisteredSelectionApi {
  /** User ids in the order they were picked. */
  userIds: readonly number[];
  isSelected(userId: number): boolean;
  toggle(userId: number): void;
  /** Adds (or, with `selected: false`, removes) several ids at once: a page's checkbox. */
  setMany(userIds: readonly number[], selected: boolean): void;
  clear(): void;
}

const NONE: number[] = [];

const RegisteredSelectionContext = createContext<RegisteredSelectionApi | null>(null);

interface ProviderProps {
  /** What the results match: when it changes, the picked ids no longer mean the same. */
  scope: string;
  children: ReactNode;
}

export function RegisteredSelectionProvider({ scope, children }: ProviderProps) {
  const [held, setHeld] = useState<{ scope: string; ids: number[] }>({ scope, ids: [] });
  // Reset during render, not in an effect, so no frame shows a selection of other conditions.
  if (held.scope !== scope) setHeld({ scope, ids: [] });
  const ids = held.scope === scope ? held.ids : NONE;

  const api = useMemo<RegisteredSelectionApi>(() => {
    const set = (next: number[]) => setHeld({ scope, ids: next });
    return {
      userIds: ids,
      isSelected: (userId) => ids.includes(userId),
      toggle: (userId) =>
        set(ids.includes(userId) ? ids.filter((id) => id !== userId) : [...ids, userId]),
      setMany: (userIds, selected) =>
        set(
          selected
            ? [...ids, ...userIds.filter((id) => !ids.includes(id))]
            : ids.filter((id) => !userIds.includes(id)),
        ),
      clear: () => set([]),
    };
  }, [ids, scope]);

  return (
    <RegisteredSelectionContext.Provider value={api}>
      {children}
    </RegisteredSelectionContext.Provider>
  );
}

/** The picked registered customers' user ids (for the batch editor), and ways to change them. */
export function useSelectedRegisteredCustomers(): RegisteredSelectionApi {
  const api = useContext(RegisteredSelectionContext);
  if (!api)
    throw new Error(
      'useSelectedRegisteredCustomers must be used inside RegisteredSelectionProvider',
    );
  return api;
}
