import { useTranslation } from '../../../i18n/use-translation';
import { metaKeyOf } from '../../../lib/customer-fields';
import type { RowIssue } from '../csv/rows-to-operations';
import type { FieldIssue } from '../model/validate-operation';

type Part =
  | 'first_name'
  | 'last_name'
  | 'company'
  | 'address_1'
  | 'address_2'
  | 'city'
  | 'state'
  | 'postcode'
  | 'country'
  | 'phone'
  | 'email';
type Top = 'email' | 'first_name' | 'last_name' | 'username' | 'password' | 'id';

/** A flat field name as people read it: "Billing city", "Meta “tier”". */
export function useFieldLabel(): (name: string) => string {
  const { t } = useTranslation();
  return (name) => {
    const metaKey = metaKeyOf(name);
    if (metaKey !== undefined) return t('batch.fields.meta', { key: metaKey });
    const [group, part] = name.split('.');
    if ((group === 'billing' || group === 'shipping') && part) {
      return t(`batch.fields.${group}`, { part: t(`batch.parts.${part as Part}`) });
    }
    return t(`batch.fields.${name as Top}`, { defaultValue: name });
  };
}

/** One sentence per problem, naming the field. */
export function useIssueText(): (issue: FieldIssue | RowIssue) => string {
  const { t } = useTranslation();
  const label = useFieldLabel();
  return (issue) => {
    const text = t(`batch.issues.${issue.code}`, { field: label(issue.field) });
    return 'detail' in issue && issue.detail ? `${text} ${issue.detail}` : text;
  };
}
