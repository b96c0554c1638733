import type * as z from 'zod';

/** One message per top-level form field from a zod error, for showing next to the field. */
export function formErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : 'form';
    if (errors[field]) continue;
    errors[field] = /received undefined$/.test(issue.message) ? 'this field is required' : issue.message;
  }
  return errors;
}
