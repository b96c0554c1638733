const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * Five characters are enough because the project only ever interpolates into those two contexts
 * (never into unquoted attributes, <script>, <style> or CSS): `<` and `>` cannot open a tag, `&`
 * cannot start an entity, and `"` / `'` cannot close the attribute they sit in. URLs are a
 * different question (a `javascript:` href is harmless text but a dangerous link): see httpUrl.
 */
export function escapeHtml(value: string | number): string {
  const text = String(value);
  // Most of what a digest escapes holds none of the five: a test is far cheaper than a replace.
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ENTITIES[c] ?? c) : text;
}

const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;
