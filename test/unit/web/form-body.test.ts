import { describe, expect, it } from 'vitest';
import { subscriptionRequestSchema } from '../../../shared/subscriber/subscriber';
import { parseFormBody } from '../../../web/form-body';
import { formErrors } from '../../../web/form-errors';

/** The body a browser sends for the signup form, as it would encode it. */
function browserBody(pairs: [string, string][]): string {
  return new URLSearchParams(pairs).toString();
}

describe('parseFormBody', () => {
  it('turns a realistic signup form into a valid subscription request', () => {
    const body = browserBody([
      ['email', 'ola.nordmann@example.com'],
      ['languages', 'no'],
      ['languages', 'da'],
      ['countries', 'PT'],
      ['countries', 'ES'],
      ['remote', 'true'],
      ['keywords', 'customer support, billing ,, '],
      ['frequency', 'weekly'],
      ['hour', '18'],
      ['timeZone', 'Europe/Lisbon'],
    ]);
    const request = subscriptionRequestSchema.parse(parseFormBody(body));
    expect(request).toEqual({
      email: 'ola.nordmann@example.com',
      languages: ['no', 'da'],
      countries: ['PT', 'ES'],
      remote: true,
      keywords: ['customer support', 'billing'],
      frequency: 'weekly',
      hour: 18,
      timeZone: 'Europe/Lisbon',
      locale: 'en',
    });
  });

  it('reads an unchecked remote box as false and lets the schema fill in the defaults', () => {
    const fields = parseFormBody('email=a%40example.com&languages=pt&countries=PT&keywords=');
    expect(fields.remote).toBe(false);
    expect(fields.keywords).toEqual([]);
    const request = subscriptionRequestSchema.parse(fields);
    expect(request).toMatchObject({ frequency: 'daily', hour: 8, timeZone: 'UTC' });
  });

  it('decodes + and percent escapes the way browsers send them', () => {
    const fields = parseFormBody('email=ola%2Btest%40example.com&keywords=kunde+service%2C+%C3%B8konomi');
    expect(fields.email).toBe('ola+test@example.com');
    expect(fields.keywords).toEqual(['kunde service', 'økonomi']);
  });

  it('ignores fields the form does not have, so a named submit button does not fail the strict schema', () => {
    const fields = parseFormBody('email=a%40example.com&languages=no&remote=true&submit=Create&__proto__=x');
    expect(Object.keys(fields).sort()).toEqual(['countries', 'email', 'languages', 'remote']);
    expect(subscriptionRequestSchema.safeParse(fields).success).toBe(true);
  });

  it('gives errors the signup page can show next to each field', () => {
    const fields = parseFormBody('email=not-an-email&hour=noon&frequency=hourly');
    const result = subscriptionRequestSchema.safeParse(fields);
    expect(result.success).toBe(false);
    const errors = formErrors(result.error!);
    expect(errors.email).toMatch(/email address/);
    expect(errors.languages).toBe('name at least one language you speak');
    expect(errors.hour).toBeTruthy();
    expect(errors.frequency).toBeTruthy();
  });

  it('reports a missing email as required', () => {
    const result = subscriptionRequestSchema.safeParse(parseFormBody('languages=no&remote=true'));
    expect(formErrors(result.error!).email).toBe('this field is required');
  });
});
