import { escapeHtml } from '../digest/escape-html';

/** Markup that fillHtml inserts as is; anything else it escapes. */
export interface TrustedHtml {
  html: string;
}

/** Replaces each `{name}` in a message with its value; an unknown name stays as written. */
export function fillText(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A message as HTML: the template and plain values escaped, TrustedHtml values (links) kept. */
export function fillHtml(template: string, values: Record<string, string | number | TrustedHtml> = {}): string {
  let out = '';
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] as string;
    if (!(name in values)) continue;
    out += escapeHtml(template.slice(last, match.index));
    const value = values[name] as string | number | TrustedHtml;
    out += typeof value === 'object' ? value.html : escapeHtml(value);
    last = match.index + match[0].length;
  }
  return out + escapeHtml(template.slice(last));
}
