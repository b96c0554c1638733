import * as z from 'zod';

/** A source id: lower case, digits and dashes, usable in keys, logs and URLs. */
export const sourceIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be 1–63 characters of a-z, 0-9 and "-", starting with a letter or digit');
