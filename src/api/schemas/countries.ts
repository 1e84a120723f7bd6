import { z } from 'zod';

const StateSchema = z.looseObject({ code: z.string(), name: z.string() });

/** `GET /wc/v3/data/countries`: every country the store knows, with its states (often none). */
export const CountriesSchema = z.array(
  z.looseObject({ code: z.string(), name: z.string(), states: z.array(StateSchema) }),
);

export type Country = z.infer<typeof CountriesSchema>[number];
export type CountryState = z.infer<typeof StateSchema>;
