import { escapeHtml } from '../html/escape-html';

/** Markup that fillHtml inserts as is; anything else it escapes. */
export interface TrustedHtml {
  html: string;
}

/** A template split at its placeholders: text, name, text, name, …, text (always odd in length). */
type Parts = readonly string[];

// Messages come from the catalogs, so the templates are few; the bound only guards other callers.
const compiled = new Map<string, Parts>();

function partsOf(template: string): Parts {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    if (compiled.size >= 2000) compiled.clear();
    compiled.set(template, parts);
  }
  return parts;
}

/** Replaces each `{name}` in a message with its value; an unknown name stays as written. */
export function fillText(template: string, values: Record<string, string | number> = {}): string {
  const parts = partsOf(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    out += (name in values ? String(values[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
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
