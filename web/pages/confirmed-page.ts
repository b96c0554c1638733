import { describeCriteria } from '../../shared/digest/describe-criteria';
import { escapeHtml as e } from '../../shared/digest/escape-html';
import type { Criteria, Frequency } from '../../shared/subscriber/subscriber';
import { layout } from './layout';

const FREQUENCY_WORDS: Record<Frequency, string> = {
  instant: 'as soon as a matching job comes in',
  daily: 'once a day',
  weekly: 'once a week',
};

/** After the confirm link: the alert is on, and what it holds when we know. */
export function renderConfirmedPage(input: { criteria?: Criteria; frequency?: Frequency } = {}): string {
  const what = input.criteria
    ? `<p>You will get an email about ${e(describeCriteria(input.criteria))}${input.frequency ? `, ${e(FREQUENCY_WORDS[input.frequency])}` : ''}.</p>`
    : '';
  return layout(
    'Your job alert is on',
    `
<h1>Your job alert is on</h1>
${what}
<p>Every email has an unsubscribe link that works with one click, no login needed.</p>
`,
    { lang: 'en' },
  );
}
