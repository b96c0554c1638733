import { escapeHtml as e } from '../../shared/digest/escape-html';
import { httpUrl } from '../../shared/digest/http-url';
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
export function renderUnsubscribePage(input: { action: string }): string {
  const action = safeAction(input.action);
  return layout(
    'Unsubscribe',
    `
<h1>Unsubscribe from job alerts?</h1>
<p>Press the button and we will stop sending you job alert emails. You can sign up again at any time.</p>
<form method="post" action="${e(action)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">Unsubscribe</button>
</form>
`,
    { lang: 'en' },
  );
}

function safeAction(action: string): string {
  // A same-site path, never "//host" (protocol-relative) or "/\\host" that browsers read as another host.
  if (/^\/(?![/\\])/.test(action)) return action;
  const url = httpUrl(action);
  if (url) return url;
  throw new UnsubscribeActionError(action);
}
