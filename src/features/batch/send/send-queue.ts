import type { ApiClient } from '../../../api/client';
import { batchCustomers, listCustomers } from '../../../api/endpoints/customers';
import { isApiError } from '../../../api/errors';
import type { BatchOperation, OperationError } from '../model/batch-operation';
import { chunkOperations, chunkSize, type Chunk } from './chunks';
import { failChunk, mapChunkResult, type Outcome } from './result-map';
import { holdBackStaffDeletes } from './staff-guard';

// Sends a queue as chunks of ≤ 100 with a few requests in flight at once (a real store is one PHP
// worker per request; more would only queue up there). Cancel stops taking new chunks; those in
// flight finish and report, so no operation ends in an unknown state because of Cancel.

export const DEFAULT_CONCURRENCY = 2;

export interface SendProgress {
  doneOperations: number;
  totalOperations: number;
  doneRequests: number;
  totalRequests: number;
}

export interface SendOptions {
  client: ApiClient;
  ops: readonly BatchOperation[];
  concurrency?: number;
  chunkSize?: number;
  onOutcomes(outcomes: Outcome[]): void;
  onProgress?(progress: SendProgress): void;
  isCancelled?(): boolean;
}

export interface SendSummary extends SendProgress {
  cancelled: boolean;
}

/** The request went out but no readable answer came back: the store may have applied it. */
function isUnknownOutcome(error: unknown): boolean {
  return (
    isApiError(error) && ['network', 'timeout', 'aborted', 'bad_response'].includes(error.kind)
  );
}

function errorOf(error: unknown): OperationError {
  if (isApiError(error)) {
    const { code, kind, message, retryAfterSeconds } = error;
    return {
      code: code ?? kind,
      message,
      kind,
      ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
    };
  }
  return { code: 'customer_desk_error', message: String(error) };
}

const NOT_FOUND = new Set(['woocommerce_rest_invalid_id', 'wc_user_invalid_id']);

/**
 * A delete sent again after an unknown outcome finds the customer gone when the first request did
 * reach the store: that is success, not an error to fix.
 */
function settleRepeatedDelete(outcome: Outcome): Outcome {
  const { op } = outcome;
  if (outcome.status !== 'failed' || op.kind !== 'delete' || !op.unknownOutcome) return outcome;
  return NOT_FOUND.has(outcome.error.code) ? { key: op.key, status: 'done', op } : outcome;
}

async function sendChunk(client: ApiClient, chunk: Chunk): Promise<Outcome[]> {
  try {
    const outcomes = mapChunkResult(chunk, await batchCustomers(client, chunk.body));
    return outcomes.map(settleRepeatedDelete);
  } catch (error) {
    return failChunk(chunk, errorOf(error), isUnknownOutcome(error));
  }
}

/**
 * Creates whose earlier request may have reached the store are looked up by email first: those
 * found are done (sending them again would make duplicates, or fail as "email exists"). Updates
 * and deletes need no check: sending them again leaves the same result.
 */
export async function settleUnknownCreates(
  client: ApiClient,
  ops: readonly BatchOperation[],
): Promise<{ outcomes: Outcome[]; toSend: BatchOperation[] }> {
  const outcomes: Outcome[] = [];
  const toSend: BatchOperation[] = [];
  const version = client.config.version;
  for (const op of ops) {
    const email = op.kind === 'create' ? op.fields.email : undefined;
    if (!op.unknownOutcome || email === undefined) {
      toSend.push(op);
      continue;
    }
    // role=all: a customer created with another role would otherwise be missed.
    const params = {
      email,
      per_page: 1,
      role: version === 'v1' ? undefined : ('all' as const),
      _fields: undefined,
    };
    const found = (await listCustomers(client, params)).items[0];
    if (found) outcomes.push({ key: op.key, status: 'done', op, customer: found });
    else toSend.push({ ...op, unknownOutcome: false });
  }
  return { outcomes, toSend };
}

export async function sendQueue(options: SendOptions): Promise<SendSummary> {
  const { client, onOutcomes, onProgress, isCancelled = () => false } = options;
  const guarded = await holdBackStaffDeletes(client, options.ops);
  const settled = await settleUnknownCreates(client, guarded.toSend);
  const early = [...guarded.outcomes, ...settled.outcomes];
  if (early.length > 0) onOutcomes(early);
  const chunks = chunkOperations(settled.toSend, options.chunkSize);
  const progress: SendProgress = {
    doneOperations: 0,
    totalOperations: settled.toSend.length,
    doneRequests: 0,
    totalRequests: chunks.length,
  };
  onProgress?.({ ...progress });
  let next = 0;
  let cancelled = false;

  async function worker(): Promise<void> {
    for (;;) {
      if (isCancelled()) {
        cancelled = next < chunks.length;
        return;
      }
      const chunk = chunks[next];
      next += 1;
      if (!chunk) return;
      const outcomes = await sendChunk(client, chunk);
      progress.doneOperations += chunkSize(chunk);
      progress.doneRequests += 1;
      onOutcomes(outcomes);
      onProgress?.({ ...progress });
    }
  }

  const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, chunks.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return { ...progress, cancelled };
}
