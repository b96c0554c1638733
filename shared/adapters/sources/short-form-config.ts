import * as z from 'zod';
import { sourceIdSchema } from './source-id';

/** An http(s) address an operator may point any source at: the API itself, a mirror, a proxy. */
export const sourceUrlSchema = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });

/** The display name of the company behind a board, when its payload doesn't say. */
export const companyNameSchema = z.string().trim().min(1);

/**
 * The config of a source addressed either by its short form (a board token, an account, a
 * subdomain: the adapter builds the public API address from it) or by a full `url`; one of the two
 * is required, unknown fields are refused.
 */
export function shortFormSourceConfigSchema<
  T extends string,
  K extends string,
  E extends z.ZodRawShape = Record<never, never>,
>(type: T, shortForm: K, shortFormSchema: z.ZodString, extra: E = {} as E) {
  const short = { [shortForm]: shortFormSchema.optional() } as { [P in K]: z.ZodOptional<z.ZodString> };
  return z
    .object({ id: sourceIdSchema, type: z.literal(type), url: sourceUrlSchema.optional(), ...short, ...extra })
    .strict()
    .refine(
      (c) => (c as Record<string, unknown>)[shortForm] !== undefined || (c as { url?: string }).url !== undefined,
      {
        message: `either ${shortForm} or url is required`,
        path: [shortForm],
      },
    );
}
