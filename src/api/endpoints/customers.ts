import * as z from 'zod/mini';
import type { ApiClient } from '../client';
import { ApiError } from '../errors';
import { readPagination } from '../pagination';
import { batchResponseSchemaFor, type BatchRequest, type BatchResponse } from '../schemas/batch';
import {
  customerPartialSchemaFor,
  customerSchemaFor,
  type Customer,
  type CustomerPartial,
} from '../schemas/customer';
import type { CustomerCreateInput, CustomerUpdateInput } from '../schemas/customer-input';
import { DownloadListSchema, type Download } from '../schemas/download';
import { checkBatchRequest } from './batch-guard';
import { assertCustomerId, isPositiveId } from './ids';
import { customerListQuery, type ListCustomersParams } from './list-params';

export type { ListCustomersParams } from './list-params';

export interface ReadOptions {
  signal?: AbortSignal;
}

/** Items trimmed by `_fields` are partial; without it they are whole customers. */
export type ListedCustomer<P extends ListCustomersParams> = P extends { _fields?: undefined }
  ? Customer
  : CustomerPartial;

export interface CustomerPage<T> {
  items: T[];
  total: number;
  totalPages: number;
}

export async function listCustomers<P extends ListCustomersParams>(
  client: ApiClient,
  params: P,
  { signal }: ReadOptions = {},
): Promise<CustomerPage<ListedCustomer<P>>> {
  const { version } = client.config;
  const query = customerListQuery(params, version);
  const item =
    query._fields === undefined ? customerSchemaFor(version) : customerPartialSchemaFor(version);
  // The conditional type cannot be narrowed at run time; the schema picked above matches it.
  const schema = z.array(item) as unknown as z.ZodMiniType<ListedCustomer<P>[]>;
  const { data, headers } = await client.request({ path: 'customers', query, signal, schema });
  const pagination = readPagination(headers, {
    itemCount: data.length,
    page: params.page,
    perPage: params.per_page ?? 10,
  });
  return { items: data, ...pagination };
}

export async function getCustomer(
  client: ApiClient,
  id: number,
  { signal }: ReadOptions = {},
): Promise<Customer> {
  assertCustomerId(id);
  const schema = customerSchemaFor(client.config.version);
  return (await client.request({ path: `customers/${id}`, signal, schema })).data;
}

export async function createCustomer(
  client: ApiClient,
  input: CustomerCreateInput,
  { signal }: ReadOptions = {},
): Promise<Customer> {
  const schema = customerSchemaFor(client.config.version);
  return (await client.request({ method: 'POST', path: 'customers', body: input, signal, schema }))
    .data;
}

/** PUT with only the fields given: the store leaves the others as they are. */
export async function updateCustomer(
  client: ApiClient,
  id: number,
  patch: CustomerUpdateInput,
  { signal }: ReadOptions = {},
): Promise<Customer> {
  assertCustomerId(id);
  const schema = customerSchemaFor(client.config.version);
  return (
    await client.request({ method: 'PUT', path: `customers/${id}`, body: patch, signal, schema })
  ).data;
}

export interface DeleteCustomerOptions extends ReadOptions {
  /** User id that receives the deleted user's posts. */
  reassign?: number;
}

/** Always `force=true`: users have no trash, and without it the store answers 501. */
export async function deleteCustomer(
  client: ApiClient,
  id: number,
  { reassign, signal }: DeleteCustomerOptions = {},
): Promise<Customer> {
  assertCustomerId(id);
  if (reassign !== undefined && !isPositiveId(reassign)) {
    throw new ApiError({
      kind: 'validation',
      code: 'customer_desk_invalid_param',
      message: 'Invalid reassign user id.',
      params: { reassign: 'Must be a positive integer user id.' },
    });
  }
  const schema = customerSchemaFor(client.config.version);
  const query = { force: true, reassign };
  return (
    await client.request({ method: 'DELETE', path: `customers/${id}`, query, signal, schema })
  ).data;
}

/** Refuses unsafe bodies (see checkBatchRequest) before any request is made. */
export async function batchCustomers(
  client: ApiClient,
  body: BatchRequest,
  { signal }: ReadOptions = {},
): Promise<BatchResponse> {
  const checked = checkBatchRequest(body);
  const schema = batchResponseSchemaFor(client.config.version);
  return (
    await client.request({ method: 'POST', path: 'customers/batch', body: checked, signal, schema })
  ).data;
}

export async function listCustomerDownloads(
  client: ApiClient,
  customerId: number,
  { signal }: ReadOptions = {},
): Promise<Download[]> {
  assertCustomerId(customerId);
  return (
    await client.request({
      path: `customers/${customerId}/downloads`,
      signal,
      schema: DownloadListSchema,
    })
  ).data;
}

/** The list's filters alone: also what "all matching customers" means to a batch or an export. */
export type CustomerListFilters = Pick<
  ListCustomersParams,
  'search' | 'email' | 'role' | 'include' | 'exclude'
>;
