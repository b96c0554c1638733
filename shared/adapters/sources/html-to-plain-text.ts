import { convert } from 'html-to-text';
import { boundHtmlDepth, type MAX_HTML_DEPTH } from './bound-html-depth';

const options = {
  wordwrap: false as const,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'h5', options: { uppercase: false } },
    { selector: 'h6', options: { uppercase: false } },
    { selector: 'ul', options: { itemPrefix: '- ' } },
    { selector: 'table', format: 'dataTable' },
  ],
};

/**
 * The words of an HTML fragment as plain text: lists keep their bullets, links their text only.
 * Elements nested past {@link MAX_HTML_DEPTH} are flattened first (their text kept), so that no
 * payload, however deep, overflows the stack or takes more than linear time.
 */
export function htmlToPlainText(html: string): string {
  return convert(boundHtmlDepth(html), options)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** True when a string carries HTML tags rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?(?:p|div|br|ul|ol|li|strong|em|b|i|h[1-6]|span|a)\b[^<>]*>/i.test(text);
}
