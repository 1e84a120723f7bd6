import type { ApiVersion } from '../../../api/client';
import type { ListCustomersParams } from '../../../api/endpoints/customers';
import { columnsFor, fieldsFor, type AvatarMode, type GridColumnId } from './grid-columns';
import type { GridState } from './grid-params';
import { toListParams } from './grid-query';

/** The columns shown: a link that names hidden columns wins, else this browser's own choice. */
export function visibleColumns(
  version: ApiVersion,
  hidden: readonly GridColumnId[],
): GridColumnId[] {
  return columnsFor(version).filter((id) => !hidden.includes(id));
}

/** The store query for a view of the grid: one derivation for the grid and for the boot prefetch. */
export function gridListParams(
  state: GridState,
  version: ApiVersion,
  visible: readonly GridColumnId[],
  avatars: AvatarMode = 'initials',
): ListCustomersParams {
  return toListParams(state, version, fieldsFor(visible, version, avatars));
}
