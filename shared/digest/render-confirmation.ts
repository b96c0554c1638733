import type { Criteria } from '../subscriber/subscriber';
import { describeCriteria } from './describe-criteria';
import { headerSafe } from './email-headers';
import { escapeHtml } from './escape-html';
import { httpUrl } from './http-url';
import type { RenderedEmail } from './render-digest';

export class ConfirmUrlError extends Error {
  readonly code = 'email.confirm-url';
  constructor(value: string) {
    super(`the confirm URL must be an http(s) URL, got ${JSON.stringify(value)}`);
    this.name = 'ConfirmUrlError';
  }
}

/** Renders the double opt-in email: what was asked for, in words, and the confirm link. */
export function renderConfirmation(input: { confirmUrl: string; criteria: Criteria }): RenderedEmail {
  const confirmUrl = httpUrl(input.confirmUrl);
  if (!confirmUrl) throw new ConfirmUrlError(input.confirmUrl);
  const subject = headerSafe('Confirm your job alert');
  const alert = describeCriteria(input.criteria);
  const e = escapeHtml;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f4f5f7;">
<div style="max-width:560px;margin:0 auto;padding:24px 16px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2328;">
<h1 style="font-size:21px;margin:0 0 12px;">${e(subject)}</h1>
<p style="margin:0 0 12px;">Someone, hopefully you, asked us to email this address about ${e(alert)}.</p>
<p style="margin:0 0 20px;">Nothing will be sent until you confirm:</p>
<p style="margin:0 0 20px;"><a href="${e(confirmUrl)}" style="display:inline-block;background:#0b57d0;color:#ffffff;text-decoration:none;font-weight:bold;padding:12px 20px;border-radius:6px;">Confirm my job alert</a></p>
<p style="margin:0 0 12px;font-size:13px;color:#57606a;">Or open this link: <a href="${e(confirmUrl)}" style="color:#57606a;">${e(confirmUrl)}</a><br>It works for 7 days.</p>
<p style="margin:0;font-size:13px;color:#57606a;">If you did not ask for this, ignore this email and you will hear nothing more from us.</p>
</div>
</body>
</html>
`;
  const text = [
    subject,
    '',
    `Someone, hopefully you, asked us to email this address about ${alert}.`,
    'Nothing will be sent until you confirm by opening this link (it works for 7 days):',
    '',
    confirmUrl,
    '',
    'If you did not ask for this, ignore this email and you will hear nothing more from us.',
    '',
  ].join('\n');
  return { subject, html, text };
}
