import type { RemotePolicy } from '../../posting/posting';
import { htmlToPlainText, looksLikeHtml } from './html-to-plain-text';
import type { JsonLdNode } from './json-ld-job-postings';
import { jsonLdList, jsonLdText } from './json-ld-text';

// Sections some sites keep out of `description`; they carry languages and places too.
const EXTRA_SECTIONS = [
  'responsibilities',
  'qualifications',
  'skills',
  'educationRequirements',
  'experienceRequirements',
];

/** A JobPosting's words as plain text: its description, then each section it keeps apart. */
export function jsonLdPostingText(node: JsonLdNode): string {
  const parts = [plain(jsonLdText(node.description))];
  for (const key of EXTRA_SECTIONS) {
    const section = plain(jsonLdText(node[key]) ?? jsonLdText((node[key] as { description?: unknown })?.description));
    if (section && !parts.some((p) => p.includes(section))) parts.push(section);
  }
  return parts.filter(Boolean).join('\n\n');
}

/** `remote` when the JobPosting says TELECOMMUTE; only a hint, since some sites mark hybrid jobs so. */
export function jsonLdRemoteHint(node: JsonLdNode): RemotePolicy | undefined {
  return jsonLdList(node.jobLocationType).some((t) => jsonLdText(t)?.toUpperCase() === 'TELECOMMUTE')
    ? 'remote'
    : undefined;
}

/** True when a text carries an HTML entity (`&amp;`, `&#233;`). */
export function hasHtmlEntity(text: string): boolean {
  return /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/i.test(text);
}

/** HTML, entity-escaped HTML or plain text, as plain text. */
function plain(text: string | undefined): string {
  if (!text) return '';
  if (!looksLikeHtml(text) && !hasHtmlEntity(text)) return text.trim();
  const once = htmlToPlainText(text);
  // Some sites escape the HTML of their description twice ("&lt;p&gt;").
  return looksLikeHtml(once) ? htmlToPlainText(once) : once;
}
