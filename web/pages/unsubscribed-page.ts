import { layout } from './layout';

/** After the unsubscribe POST; the same whether the subscriber was still active or not. */
export function renderUnsubscribedPage(): string {
  return layout(
    'You are unsubscribed',
    `
<h1>You are unsubscribed</h1>
<p>We will not send you job alert emails any more.</p>
<p>Changed your mind? <a href="/">Create a new job alert</a>.</p>
`,
    { lang: 'en' },
  );
}
