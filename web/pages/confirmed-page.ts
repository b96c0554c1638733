import { escapeHtml as e } from '../../shared/html/escape-html';
import { type Locale, type TextKey, translator } from '../../shared/i18n';
import { describeCriteria } from '../../shared/subscriber/describe-criteria';
import type { Criteria, Frequency } from '../../shared/subscriber/subscriber';
import { layout } from './layout';

const FREQUENCY_WORDS: Record<Frequency, TextKey> = {
  instant: 'whenInstant',
  daily: 'whenDaily',
  weekly: 'whenWeekly',
};

/** After the confirm link: the alert is on, and what it holds when we know. */
export function renderConfirmedPage(
  input: { criteria?: Criteria; frequency?: Frequency; locale?: Locale | string } = {},
): string {
  const tr = translator(input.locale);
  const alert = input.criteria ? describeCriteria(input.criteria, tr.locale) : null;
  const what = alert
    ? `<p>${e(
        input.frequency
          ? tr.t('confirmedWhatWhen', { alert, when: tr.t(FREQUENCY_WORDS[input.frequency]) })
          : tr.t('confirmedWhat', { alert }),
      )}</p>`
    : '';
  return layout(
    tr.t('confirmedTitle'),
    `
<h1>${e(tr.t('confirmedTitle'))}</h1>
${what}
<p>${e(tr.t('confirmedFooter'))}</p>
`,
    { lang: tr.locale },
  );
}
