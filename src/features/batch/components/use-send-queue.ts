import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Customer } from '../../../api/schemas/customer';
import { useApiClient } from '../../../session/api-client-context';
import {
  forgetCustomers,
  invalidateCustomerLists,
  writeCustomers,
} from '../../../queries/customer-cache';
import type { BatchOperation } from '../model/batch-operation';
import type { Outcome } from '../send/result-map';
import { sendQueue, type SendProgress } from '../send/send-queue';
import { useBatchQueue } from '../storage/use-batch-queue';

export type SendState =
  | { phase: 'idle' }
  | { phase: 'sending'; progress?: SendProgress; cancelling: boolean }
  | { phase: 'finished'; succeeded: number; failed: number; cancelled: boolean; left: number }
  | { phase: 'error'; error: unknown };

/** Sends operations, folds each chunk's outcomes into the saved queue and the customer cache. */
export function useSendQueue() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { record: recordInQueue } = useBatchQueue();
  const [state, setState] = useState<SendState>({ phase: 'idle' });
  const cancelled = useRef(false);

  const record = (
    outcomes: Outcome[],
    tally: { succeeded: number; failed: number; moved: boolean },
  ) => {
    recordInQueue(outcomes);
    const written: Customer[] = [];
    const deleted: number[] = [];
    for (const outcome of outcomes) {
      if (outcome.status !== 'done') {
        tally.failed += 1;
        continue;
      }
      tally.succeeded += 1;
      if (outcome.op.kind === 'delete') deleted.push(outcome.op.id);
      else if (outcome.customer) written.push(outcome.customer);
      if (outcome.op.kind !== 'update') tally.moved = true;
    }
    writeCustomers(queryClient, client, written);
    forgetCustomers(queryClient, client, deleted);
  };

  const send = async (ops: readonly BatchOperation[]) => {
    cancelled.current = false;
    setState({ phase: 'sending', cancelling: false });
    const tally = { succeeded: 0, failed: 0, moved: false };
    try {
      const summary = await sendQueue({
        client,
        ops,
        onOutcomes: (outcomes) => record(outcomes, tally),
        onProgress: (progress) =>
          setState((s) => ({
            phase: 'sending',
            progress,
            cancelling: s.phase === 'sending' && s.cancelling,
          })),
        isCancelled: () => cancelled.current,
      });
      setState({
        phase: 'finished',
        succeeded: tally.succeeded,
        failed: tally.failed,
        cancelled: summary.cancelled,
        left: summary.totalOperations - summary.doneOperations,
      });
    } catch (error) {
      // Only the email look-ups before sending can throw; nothing was sent then.
      setState({ phase: 'error', error });
    } finally {
      // Creates and deletes move pages and totals; updates were patched in place.
      void invalidateCustomerLists(queryClient, client, { patchedOnly: !tally.moved });
    }
  };

  const cancel = () => {
    cancelled.current = true;
    setState((s) => (s.phase === 'sending' ? { ...s, cancelling: true } : s));
  };

  return { state, send, cancel, reset: () => setState({ phase: 'idle' }) };
}
