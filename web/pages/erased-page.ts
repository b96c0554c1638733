import { layout } from './layout';

/** After "erase all my data": nothing about the subscriber is kept, and their old links stop working. */
export function renderErasedPage(): string {
  return layout(
    'Your data is erased',
    `
<h1>Your data is erased</h1>
<p>We deleted your address, your preferences and the record of every email we sent you. The links in our old emails no longer work.</p>
<p>Want alerts again one day? <a href="/">Create a new job alert</a>.</p>
`,
    { lang: 'en' },
  );
}
