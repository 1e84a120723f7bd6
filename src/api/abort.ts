// One signal for fetch that fires on our timeout or on the caller's abort, while remembering which
// of the two it was: a timeout is worth retrying, a cancelled query is not.

export interface LinkedSignal {
  signal: AbortSignal;
  timedOut(): boolean;
  /** Stops the timer of the manual fallback; harmless to call twice. */
  dispose(): void;
}

function timeoutReason(ms: number): DOMException {
  return new DOMException(`No answer within ${ms} ms`, 'TimeoutError');
}

/** Without AbortSignal.any/timeout (Safari < 17.4, older Chromium): a controller and a timer. */
export function linkSignalsManually(timeoutMs: number, caller?: AbortSignal): LinkedSignal {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(timeoutReason(timeoutMs));
  }, timeoutMs);
  const onAbort = () => controller.abort(caller?.reason);
  if (caller?.aborted) onAbort();
  else caller?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose: () => {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}

export function linkSignals(timeoutMs: number, caller?: AbortSignal): LinkedSignal {
  if (typeof AbortSignal.any !== 'function' || typeof AbortSignal.timeout !== 'function') {
    return linkSignalsManually(timeoutMs, caller);
  }
  const timeout = AbortSignal.timeout(timeoutMs);
  return {
    signal: caller ? AbortSignal.any([caller, timeout]) : timeout,
    // The caller wins a tie: if they cancelled, nobody is waiting for a retry.
    timedOut: () => timeout.aborted && !caller?.aborted,
    dispose: () => undefined,
  };
}
