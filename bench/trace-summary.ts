// Sums a Chrome performance trace the way DevTools' summary does, for the renderer's main thread:
// scripting (JS entry points, nested calls counted once), style, layout, paint, and all tasks.

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

export interface TraceSummary {
  scriptingMs: number;
  styleMs: number;
  layoutMs: number;
  paintMs: number;
  /** Every top-level task on the main thread, whatever it did. */
  tasksMs: number;
}

// Where the main thread enters JavaScript; what runs inside belongs to the outermost one.
const SCRIPT_ENTRIES = new Set([
  'EvaluateScript',
  'v8.compile',
  'FunctionCall',
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
  'v8.run',
]);
const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles']);
const LAYOUT = new Set(['Layout']);
const PAINT = new Set(['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'CompositeLayers']);

/** The busiest CrRendererMain thread: the page's, not a spare renderer's. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } | undefined {
  const mains = events.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain');
  let best: { pid: number; tid: number } | undefined;
  let bestBusy = -1;
  for (const thread of mains) {
    const busy = events
      .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.name === 'RunTask')
      .reduce((sum, e) => sum + (e.dur ?? 0), 0);
    if (busy > bestBusy) [best, bestBusy] = [{ pid: thread.pid, tid: thread.tid }, busy];
  }
  return best;
}

/** Total duration of the events in `names`, an event inside another counted once. */
function outermost(events: TraceEvent[], names: Set<string>): number {
  let total = 0;
  let openUntil = -Infinity;
  for (const e of events) {
    if (!names.has(e.name) || e.dur === undefined) continue;
    if (e.ts < openUntil) continue; // nested in one already counted
    total += e.dur;
    openUntil = e.ts + e.dur;
  }
  return total / 1000; // µs → ms
}

export function summariseTrace(json: string): TraceSummary {
  const parsed = JSON.parse(json) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const all = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const thread = mainThread(all);
  const events = all
    .filter((e) => e.ph === 'X' && e.pid === thread?.pid && e.tid === thread?.tid)
    .sort((a, b) => a.ts - b.ts);
  return {
    scriptingMs: outermost(events, SCRIPT_ENTRIES),
    styleMs: outermost(events, STYLE),
    layoutMs: outermost(events, LAYOUT),
    paintMs: outermost(events, PAINT),
    tasksMs: outermost(events, new Set(['RunTask'])),
  };
}
