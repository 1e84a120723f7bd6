import { z } from 'zod';

/** `WP_Error` as WordPress serialises it: `{code, message, data: {status, params?, details?}}`. */
export const ErrorEnvelopeSchema = z.looseObject({
  code: z.string(),
  message: z.string(),
  // Plugins put anything in `data`; an odd shape must not hide the code and message.
  data: z
    .looseObject({
      status: z.number().optional(),
      params: z.record(z.string(), z.unknown()).optional(),
      details: z.unknown().optional(),
    })
    .nullish()
    .catch(undefined),
});

export type ErrorEnvelope = z.infer<typeof ErrorEnvelopeSchema>;
