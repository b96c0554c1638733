import { escapeHtml as e } from '../../shared/html/escape-html';
import { httpUrl } from '../../shared/html/http-url';
import { type Locale, translator } from '../../shared/i18n';
import { layout } from './layout';

export class UnsubscribeActionError extends Error {
  readonly code = 'web.unsubscribe-action';
  constructor(value: string) {
    super(
      `the unsubscribe form action must be a path such as "/unsubscribe?token=…" or an http(s) URL, got ${JSON.stringify(value)}`,
    );
    this.name = 'UnsubscribeActionError';
  }
}

/**
 * The page an email's unsubscribe link opens. It changes nothing by itself (mail scanners follow
 * links, invariant 2): its button POSTs to `action`, the URL it was opened at, token included, with
 * the same `List-Unsubscribe=One-Click` body an RFC 8058 one-click POST carries.
 */
export function renderUnsubscribePage(input: { action: string; locale?: Locale | string }): string {
  const action = safeAction(input.action);
  const tr = translator(input.locale);
  return layout(
    tr.t('unsubscribeTitle'),
    `
<h1>${e(tr.t('unsubscribeHeading'))}</h1>
<p>${e(tr.t('unsubscribeBody'))}</p>
<form method="post" action="${e(action)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">${e(tr.t('unsubscribeButton'))}</button>
</form>
`,
    { lang: tr.locale },
  );
}

function safeAction(action: string): string {
  // A same-site path, never "//host" (protocol-relative) or "/\\host" that browsers read as another host.
  if (/^\/(?![/\\])/.test(action)) return action;
  const url = httpUrl(action);
  if (url) return url;
  throw new UnsubscribeActionError(action);
}
