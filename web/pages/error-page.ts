import { escapeHtml as e } from '../../shared/digest/escape-html';
import { layout } from './layout';

function headingFor(status: number): string {
  if (status === 404) return 'Page not found';
  if (status === 400 || status === 410 || status === 422) return 'This link or form is not valid';
  if (status === 429) return 'Too many requests';
  if (status >= 500) return 'Something went wrong on our side';
  return 'Something went wrong';
}

/** A readable error page: a heading for the status, the message (escaped), and a way back. */
export function renderErrorPage(status: number, message: string): string {
  const heading = headingFor(status);
  return layout(
    heading,
    `
<h1>${e(heading)}</h1>
<p>${e(message)}</p>
<p><a href="/">Go to the sign-up page</a></p>
<p class="muted">Error ${e(Number.isInteger(status) ? status : 500)}</p>
`,
    { lang: 'en' },
  );
}
