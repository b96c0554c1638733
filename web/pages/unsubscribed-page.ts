import { escapeHtml as e } from '../../shared/html/escape-html';
import { fillHtml, type Locale, translator } from '../../shared/i18n';
import { layout } from './layout';

/** After the unsubscribe POST; the same whether the subscriber was still active or not. */
export function renderUnsubscribedPage(locale?: Locale | string): string {
  const tr = translator(locale);
  const again = { html: `<a href="/?lang=${tr.locale}">${e(tr.t('createNewAlert'))}</a>` };
  return layout(
    tr.t('unsubscribedTitle'),
    `
<h1>${e(tr.t('unsubscribedTitle'))}</h1>
<p>${e(tr.t('unsubscribedBody'))}</p>
<p>${fillHtml(tr.t('unsubscribedAgain'), { link: again })}</p>
`,
    { lang: tr.locale },
  );
}
