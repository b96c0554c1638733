import { escapeHtml as e } from '../../shared/digest/escape-html';
import { layout } from './layout';

/**
 * After signup. Says the same whether the address was new, known or already active (invariant 3):
 * the page must not tell a visitor who is subscribed.
 */
export function renderCheckInboxPage(input: { email?: string } = {}): string {
  const who = input.email ? `<strong>${e(input.email)}</strong>` : 'your address';
  return layout(
    'Check your inbox',
    `
<h1>Check your inbox</h1>
<p>If ${who} can receive email, a message with a confirmation link is on its way. Open the link to start your job alert; it works for 7 days.</p>
<p>Nothing is sent before you confirm. No email after a few minutes? Look in your spam folder, or <a href="/">sign up again</a>.</p>
`,
    { lang: 'en' },
  );
}
