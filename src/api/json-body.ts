// PHP notices and warnings printed by a plugin land in the response body before (or after) the
// JSON, e.g. `<br />\n<b>Notice</b>: ...<br />\n{"id":1}`. WordPress still sends a good status,
// so we look for the JSON inside the text instead of failing the whole request.

export type JsonParseResult = { ok: true; value: unknown } | { ok: false };

// Trying every bracket of a large HTML page would be slow; notices are short.
const MAX_CANDIDATES = 200;

function tryParse(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Index just past the bracket closing the one at `start`, ignoring brackets inside strings. */
function matchingEnd(text: string, start: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return undefined;
}

export function parseJsonLenient(body: string): JsonParseResult {
  const text = body.replace(/^\uFEFF/, '').trim();
  if (text === '') return { ok: false };
  const direct = tryParse(text);
  if (direct.ok) return direct;

  // The longest balanced block that parses is the body: a `[1]` inside a notice is shorter, and
  // blocks nested in an already parsed one are skipped, which keeps this linear for big bodies.
  let best: { length: number; result: JsonParseResult } | undefined;
  let attempts = 0;
  for (let i = 0; i < text.length && attempts < MAX_CANDIDATES; i++) {
    if (text[i] !== '{' && text[i] !== '[') continue;
    attempts++;
    const end = matchingEnd(text, i);
    if (end === undefined) continue;
    const found = tryParse(text.slice(i, end));
    if (!found.ok) continue;
    if (!best || end - i > best.length) best = { length: end - i, result: found };
    i = end - 1;
  }
  return best?.result ?? { ok: false };
}
