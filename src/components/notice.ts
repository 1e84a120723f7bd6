/** A short message about something that happened away from where the user is looking. */
export interface Notice {
  message: string;
  severity?: 'success' | 'info' | 'warning' | 'error';
  action?: { label: string; onClick(): void };
  /** Default 6 s; errors stay until closed. */
  autoHideMs?: number | null;
}
