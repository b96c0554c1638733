import { escapeHtml as e } from '../../shared/html/escape-html';
import { type Locale, type TextKey, translator } from '../../shared/i18n';
import { layout } from './layout';

function headingFor(status: number): TextKey {
  if (status === 404) return 'errorNotFound';
  if (status === 400 || status === 410 || status === 422) return 'errorInvalid';
  if (status === 429) return 'errorTooMany';
  if (status >= 500) return 'errorServer';
  return 'errorGeneric';
}

/**
 * A readable error page: a heading for the status in the visitor's language, the message
 * (escaped; it comes from the route, in English), and a way back.
 */
export function renderErrorPage(status: number, message: string, locale?: Locale | string): string {
  const tr = translator(locale);
  const heading = tr.t(headingFor(status));
  return layout(
    heading,
    `
<h1>${e(heading)}</h1>
<p>${e(message)}</p>
<p><a href="/?lang=${tr.locale}">${e(tr.t('errorBack'))}</a></p>
<p class="muted">${e(tr.t('errorCode', { status: Number.isInteger(status) ? status : 500 }))}</p>
`,
    { lang: tr.locale },
  );
}
