// The consumer secret must never reach an error message, a log or a bug report. Servers and
// proxies sometimes echo the request URL (which holds the secret in `query` auth mode), so every
// text we build from a response passes through here.

const PLACEHOLDER = '[redacted]';

function forms(secret: string): string[] {
  // The secret may appear raw, URI-encoded or form-encoded depending on who echoes it.
  return [
    ...new Set([
      secret,
      encodeURIComponent(secret),
      new URLSearchParams({ s: secret }).toString().slice(2),
    ]),
  ];
}

export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    // Very short "secrets" would redact half the message; real ones are `cs_` + 40 hex chars.
    if (secret.length < 4) continue;
    for (const form of forms(secret)) out = out.split(form).join(PLACEHOLDER);
  }
  return out;
}

/** Deep copy of a JSON value with every string redacted. */
export function redactValue(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, secrets));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [redactText(k, secrets), redactValue(v, secrets)]),
    );
  }
  return value;
}
