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
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
