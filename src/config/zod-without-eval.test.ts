import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import './zod-without-eval';

describe('zod setup', () => {
  it('runs zod without its JIT, so nothing probes `new Function` under a strict CSP', () => {
    expect(z.config().jitless).toBe(true);
  });

  it("gives zod/mini classic zod's English messages", () => {
    const schema = z.object({ id: z.int().check(z.positive()), name: z.string() });
    const result = schema.safeParse({ id: 0, name: 5 });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Too small: expected number to be >0',
      'Invalid input: expected string, received number',
    ]);
  });
});
