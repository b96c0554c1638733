import { DomUtils, parseDocument } from 'htmlparser2';
import { htmlToPlainText, looksLikeHtml } from './html-to-plain-text';

/**
 * A Greenhouse `content` field as plain text. The boards API sends the HTML entity-escaped
 * (`&lt;p&gt;…`), so the entities are decoded once before the HTML is read; content that
 * already carries tags is read as it is.
 */
export function greenhouseContentToText(content: string): string {
  const html = looksLikeHtml(content) ? content : DomUtils.textContent(parseDocument(content));
  return htmlToPlainText(html);
}
