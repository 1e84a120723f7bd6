import type { ApiClient } from '../../../api/client';
import { listCustomers } from '../../../api/endpoints/customers';
import type { BatchOperation } from '../model/batch-operation';
import type { Outcome } from './result-map';

// WooCommerce 7.9 deletes any user through the customers batch, administrators included (and with
// them their API keys). A customer tool should only ever delete customer accounts, so before a
// batch goes out the roles of its delete targets are read, and staff accounts are held back.

const DELETABLE_ROLES = new Set(['customer', 'subscriber']);
const PAGE = 100;

export const STAFF_ACCOUNT_CODE = 'customer_desk_staff_account';

/** Role per id, for the ids the store still has. v1 lists customers only and has no role field. */
async function rolesOf(client: ApiClient, ids: number[]): Promise<Map<number, string>> {
  const roles = new Map<number, string>();
  const v1 = client.config.version === 'v1';
  for (let start = 0; start < ids.length; start += PAGE) {
    const include = ids.slice(start, start + PAGE);
    const page = await listCustomers(client, {
      include,
      per_page: PAGE,
      role: v1 ? undefined : 'all',
      _fields: v1 ? ['id'] : ['id', 'role'],
    });
    for (const user of page.items)
      if (user.id !== undefined) roles.set(user.id, v1 ? 'customer' : (user.role ?? ''));
  }
  return roles;
}

export async function holdBackStaffDeletes(
  client: ApiClient,
  ops: readonly BatchOperation[],
): Promise<{ outcomes: Outcome[]; toSend: BatchOperation[] }> {
  const deleteIds = ops.flatMap((op) => (op.kind === 'delete' ? [op.id] : []));
  if (deleteIds.length === 0) return { outcomes: [], toSend: [...ops] };
  const roles = await rolesOf(client, deleteIds);
  const v1 = client.config.version === 'v1';
  const outcomes: Outcome[] = [];
  const toSend: BatchOperation[] = [];
  for (const op of ops) {
    const role = op.kind === 'delete' ? roles.get(op.id) : undefined;
    // Gone already (v2+): sending is harmless, the store answers "invalid id" for that item.
    // On v1 an id missing from the customers list may be staff, so it is held back too.
    const staff = op.kind === 'delete' && (role === undefined ? v1 : !DELETABLE_ROLES.has(role));
    if (!staff) {
      toSend.push(op);
      continue;
    }
    const message = role
      ? `This is a ${role} account, not a customer: delete staff accounts in WordPress, not here.`
      : 'This is not a customer account (or it no longer exists): delete staff accounts in WordPress, not here.';
    outcomes.push({
      key: op.key,
      status: 'failed',
      op,
      error: { code: STAFF_ACCOUNT_CODE, message },
    });
  }
  return { outcomes, toSend };
}
