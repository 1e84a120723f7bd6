/** A component's own class, then the caller's (if any). */
export function withClass(own: string, extra: string | undefined): string {
  return extra ? `${own} ${extra}` : own;
}
