/** The signup form's fields as parseFormBody hands them to subscriptionRequestSchema. */
export interface FormFields {
  email?: string;
  languages?: string[];
  countries?: string[];
  remote?: boolean;
  keywords?: string[];
  /** Preference centre only: words and company names that exclude a posting. */
  excludeKeywords?: string[];
  excludeCompanies?: string[];
  frequency?: string;
  /** A number when the field holds digits; the raw text otherwise, so the schema names the field. */
  hour?: number | string;
  timeZone?: string;
  locale?: string;
}

const SINGLE_FIELDS = ['email', 'frequency', 'timeZone', 'locale'] as const;

/**
 * Turns an `application/x-www-form-urlencoded` signup body into the shape subscriptionRequestSchema
 * reads. Only known fields are copied (the schema is strict, a stray submit button name must not
 * fail it); empty fields are left out so the schema's defaults apply.
 */
export function parseFormBody(body: string): FormFields {
  const params = new URLSearchParams(body);
  const fields: FormFields = {};
  for (const name of SINGLE_FIELDS) {
    const value = params.get(name);
    if (value !== null && value.trim() !== '') fields[name] = value;
  }
  for (const name of ['languages', 'countries'] as const) {
    // A select sends one pair per choice; a hand-made client may send "no,da" in one.
    const values = params
      .getAll(name)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    // Always an array: an empty one gets the schema's "name at least one language" message.
    fields[name] = values;
  }
  // An unchecked checkbox sends nothing at all.
  fields.remote = ['true', 'on', '1', 'yes'].includes((params.get('remote') ?? '').trim().toLowerCase());
  for (const name of ['keywords', 'excludeKeywords', 'excludeCompanies'] as const) {
    const list = params.get(name);
    if (list === null) continue;
    fields[name] = list
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
  }
  const hour = params.get('hour')?.trim();
  if (hour) fields.hour = /^\d{1,2}$/.test(hour) ? Number(hour) : hour;
  return fields;
}
