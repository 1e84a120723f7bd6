import * as z from 'zod/mini';

/** `WP_Error` as WordPress serialises it: `{code, message, data: {status, params?, details?}}`. */
export const ErrorEnvelopeSchema = z.looseObject({
  code: z.string(),
  message: z.string(),
  // Plugins put anything in `data`; an odd shape must not hide the code and message.
  data: z.catch(
    z.nullish(
      z.looseObject({
        status: z.optional(z.number()),
        params: z.optional(z.record(z.string(), z.unknown())),
        details: z.optional(z.unknown()),
      }),
    ),
    undefined,
  ),
});

export type ErrorEnvelope = z.infer<typeof ErrorEnvelopeSchema>;
