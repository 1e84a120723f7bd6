// The last requests the store saw, so tests can assert what a client actually sent (for
// example that a secret never appeared in a URL). Control-API calls are not recorded.

export interface LoggedRequest {
  time: string;
  method: string;
  path: string;
  /** Raw query string without `?`. */
  query: string;
  status: number;
  /** Whether an Authorization header was sent (its value is never recorded). */
  authorization: boolean;
  origin: string | null;
  /** The injected fault's type, if one applied. */
  fault: string | null;
}

export const REQUEST_LOG_SIZE = 500;

export class RequestLog {
  private entries: LoggedRequest[] = [];

  add(entry: LoggedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > REQUEST_LOG_SIZE)
      this.entries.splice(0, this.entries.length - REQUEST_LOG_SIZE);
  }

  list(): LoggedRequest[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}
