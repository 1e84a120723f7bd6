import { useTranslation } from '../../i18n/use-translation';
import type { DroppedFilter } from './view-model';

/** A dropped filter as its chip in the grid names it ("Role: Administrator"). */
export function useDescribeDropped(): (dropped: DroppedFilter) => string {
  const { t } = useTranslation();
  return ({ filter, value }) => {
    if (filter === 'role') {
      const role = t(`customers.roles.${value}` as 'customers.roles.all', { defaultValue: value });
      return t('customers.filters.chipRole', { value: role });
    }
    return `${filter}: ${value}`;
  };
}
