import { escapeHtml as e } from '../../shared/html/escape-html';
import { layout } from './layout';

/**
 * The page a digest's "not relevant" link opens. Like unsubscribe, opening it records nothing
 * (mail scanners follow links): its button POSTs to `action`, this page's own path with its token.
 */
export function renderNotRelevantPage(input: { action: string; title?: string }): string {
  const what = input.title ? `“${e(input.title)}”` : 'this job';
  return layout(
    'Not relevant?',
    `
<h1>Not relevant for you?</h1>
<p>Tell us that ${what} did not fit what you asked for. It helps us find better jobs for everyone.</p>
<form method="post" action="${e(input.action)}">
<button type="submit">This job is not relevant</button>
</form>
`,
    { lang: 'en' },
  );
}

/** After the button: the same words the first time and on a replay. */
export function renderNotRelevantRecordedPage(input: { title?: string } = {}): string {
  const what = input.title ? `“${e(input.title)}”` : 'this job';
  return layout(
    'Thank you',
    `
<h1>Thank you</h1>
<p>We noted that ${what} was not relevant for you.</p>
`,
    { lang: 'en' },
  );
}
