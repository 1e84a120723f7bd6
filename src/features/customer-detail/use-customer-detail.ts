import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Customer, CustomerPartial } from '../../api/schemas/customer';
import { useApiClient } from '../../session/api-client-context';
import { customerQueries } from '../../queries/customer-queries';
import { findCachedCustomer } from './find-cached-customer';

export type CustomerDetail =
  | { complete: true; customer: Customer }
  | { complete: false; customer: CustomerPartial | undefined };

/**
 * The full customer, and until it arrives the grid's trimmed row for it. This is placeholder data
 * in spirit; it is kept beside the query rather than passed as `placeholderData` because a trimmed
 * row is not a `Customer`, and pretending it were would let screens read fields that are missing.
 */
export function useCustomerDetail(id: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const query = useQuery(customerQueries.detail(client, id));
  // Read once: later list refetches must not swap the placeholder under the reader's eyes.
  const [cached] = useState(() => findCachedCustomer(queryClient, client, id));
  const detail: CustomerDetail = query.data
    ? { complete: true, customer: query.data }
    : { complete: false, customer: cached };
  return { ...detail, query, version: client.config.version };
}
