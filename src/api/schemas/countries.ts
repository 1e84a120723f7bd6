import * as z from 'zod/mini';

// PHP turns numeric array keys into numbers: WooCommerce 7.9 serves the US Minor Outlying Islands'
// states as `{"code": 81}`. Read them as the strings a customer's address stores.
const StateSchema = z.looseObject({
  code: z.pipe(z.union([z.string(), z.number()]), z.transform(String)),
  name: z.string(),
});

/** `GET /wc/v3/data/countries`: every country the store knows, with its states (often none). */
export const CountriesSchema = z.array(
  z.looseObject({ code: z.string(), name: z.string(), states: z.array(StateSchema) }),
);

export type Country = z.infer<typeof CountriesSchema>[number];
export type CountryState = z.infer<typeof StateSchema>;
