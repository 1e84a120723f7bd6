import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { CustomerListFilters } from '../api/endpoints/customers';

// Which customers the next bulk action applies to. Either rows picked by id (on any page), or every
// customer matching the grid's filters — then only the filters and the count are known, and the
// action itself pages through the ids (never "load all customers" up front).

export type CustomerSelection =
  | { kind: 'ids'; ids: ReadonlySet<number> }
  | { kind: 'matching'; filters: CustomerListFilters; total: number };

export interface CustomerSelectionApi {
  selection: CustomerSelection;
  count: number;
  isSelected(id: number): boolean;
  /** Replaces the picked ids (leaves "all matching"). */
  setIds(ids: Iterable<number>): void;
  selectAllMatching(total: number): void;
  clear(): void;
}

const NONE: CustomerSelection = { kind: 'ids', ids: new Set() };

const SelectionContext = createContext<CustomerSelectionApi | null>(null);

interface ProviderProps {
  /** The filters the grid shows: when they change, what was selected no longer means the same. */
  filters: CustomerListFilters;
  children: ReactNode;
}

export function CustomerSelectionProvider({ filters, children }: ProviderProps) {
  const scope = JSON.stringify(filters);
  const [held, setHeld] = useState({ scope, selection: NONE });
  // Reset during render, not in an effect, so no frame shows a selection of another filter.
  if (held.scope !== scope) setHeld({ scope, selection: NONE });
  const selection = held.scope === scope ? held.selection : NONE;

  const api = useMemo<CustomerSelectionApi>(() => {
    const set = (next: CustomerSelection) => setHeld({ scope, selection: next });
    return {
      selection,
      count: selection.kind === 'ids' ? selection.ids.size : selection.total,
      isSelected: (id) => selection.kind === 'matching' || selection.ids.has(id),
      setIds: (ids) => set({ kind: 'ids', ids: new Set(ids) }),
      selectAllMatching: (total) => set({ kind: 'matching', filters, total }),
      clear: () => set(NONE),
    };
  }, [selection, scope, filters]);

  return <SelectionContext.Provider value={api}>{children}</SelectionContext.Provider>;
}

/** For the grid and for bulk actions (batch editor) rendered inside the customers screen. */
export function useCustomerSelection(): CustomerSelectionApi {
  const api = useContext(SelectionContext);
  if (!api) throw new Error('useCustomerSelection must be used inside CustomerSelectionProvider');
  return api;
}

/**
 * A fixed set of picked ids offered to bulk actions from another screen (advanced search's
 * registered results), so "Add to batch" works there exactly as under the grid.
 */
export function PickedCustomersProvider({
  ids,
  onClear,
  children,
}: {
  ids: readonly number[];
  onClear(): void;
  children: ReactNode;
}) {
  const api = useMemo<CustomerSelectionApi>(() => {
    const picked = new Set(ids);
    return {
      selection: { kind: 'ids', ids: picked },
      count: picked.size,
      isSelected: (id) => picked.has(id),
      setIds: () => undefined, // the other screen owns the picking
      selectAllMatching: () => undefined,
      clear: onClear,
    };
  }, [ids, onClear]);
  return <SelectionContext.Provider value={api}>{children}</SelectionContext.Provider>;
}
