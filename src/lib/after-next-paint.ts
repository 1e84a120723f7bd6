/**
 * Runs `task` once the browser has painted its next frame: in a task queued from that frame's
 * animation callback, so after the frame's style, layout and paint. Returns a function that
 * cancels it. A hidden tab paints no frames, so the task waits until the tab is shown.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
