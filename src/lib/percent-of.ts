/** Whole percent for progress bars: screen readers announce "78 %", not "77.519…". */
export function percentOf(done: number, total: number): number {
  return total > 0 ? Math.round((100 * done) / total) : 0;
}
