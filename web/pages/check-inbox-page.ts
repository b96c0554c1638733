import { escapeHtml as e } from '../../shared/html/escape-html';
import { fillHtml, type Locale, translator } from '../../shared/i18n';
import { layout } from './layout';

/**
 * After signup. Says the same whether the address was new, known or already active (invariant 3):
 * the page must not tell a visitor who is subscribed.
 */
export function renderCheckInboxPage(input: { email?: string; locale?: Locale | string } = {}): string {
  const tr = translator(input.locale);
  const who = input.email ? { html: `<strong>${e(input.email)}</strong>` } : tr.t('yourAddress');
  const again = { html: `<a href="/?lang=${tr.locale}">${e(tr.t('signUpAgain'))}</a>` };
  return layout(
    tr.t('checkInboxTitle'),
    `
<h1>${e(tr.t('checkInboxTitle'))}</h1>
<p>${fillHtml(tr.t('checkInboxBody'), { who })}</p>
<p>${fillHtml(tr.t('checkInboxSpam'), { link: again })}</p>
`,
    { lang: tr.locale },
  );
}
