import { createHash } from 'node:crypto';
import { PAGE_CSS } from './layout';
import { PICKER_SCRIPT } from './picker-script';

/** The CSP source expression for one inline block: what the browser hashes is the text between the tags. */
function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy of every HTML page: nothing loads from anywhere, and the only inline code that runs
 * is the page's own stylesheet and picker script, allowed by hash (they are the same on every
 * page, so no nonce is needed and responses stay cacheable by content). Forms post only to this
 * site, and no other site may frame a page (clickjacking on the unsubscribe and erase buttons).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src ${hashSource(PICKER_SCRIPT)}`,
  `style-src ${hashSource(PAGE_CSS)}`,
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');
