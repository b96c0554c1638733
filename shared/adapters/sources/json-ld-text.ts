/**
 * A JSON-LD property as one trimmed string: a string or number, a `{"@value": …}` literal, or the
 * first such element of an array. Undefined when there is no text.
 */
export function jsonLdText(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = jsonLdText(item);
      if (text) return text;
    }
    return undefined;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return value.trim() || undefined;
  if (value && typeof value === 'object' && '@value' in value)
    return jsonLdText((value as { '@value': unknown })['@value']);
  return undefined;
}

/** The name of a thing that may be given as a plain string or as an object with `name`. */
export function jsonLdName(value: unknown): string | undefined {
  if (Array.isArray(value)) return jsonLdText(value.map(jsonLdName));
  if (value && typeof value === 'object' && !('@value' in value)) return jsonLdText((value as { name?: unknown }).name);
  return jsonLdText(value);
}

/** An array of the property's values, whether it holds one or several. */
export function jsonLdList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.flat(4) : [value];
}
