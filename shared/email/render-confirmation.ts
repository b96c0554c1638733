import { escapeHtml } from '../html/escape-html';
import { httpUrl } from '../html/http-url';
import { type Locale, translator } from '../i18n';
import { describeCriteria } from '../subscriber/describe-criteria';
import type { Criteria } from '../subscriber/subscriber';
import { EMAIL, emailDocument, type RenderedEmail } from './email-document';
import { headerSafe } from './email-headers';

export class ConfirmUrlError extends Error {
  readonly code = 'email.confirm-url';
  constructor(value: string) {
    super(`the confirm URL must be an http(s) URL, got ${JSON.stringify(value)}`);
    this.name = 'ConfirmUrlError';
  }
}

/** Renders the double opt-in email in `locale`: what was asked for, in words, and the confirm link. */
export function renderConfirmation(input: {
  confirmUrl: string;
  criteria: Criteria;
  locale?: Locale | string;
}): RenderedEmail {
  const confirmUrl = httpUrl(input.confirmUrl);
  if (!confirmUrl) throw new ConfirmUrlError(input.confirmUrl);
  const tr = translator(input.locale);
  const subject = headerSafe(tr.t('confirmSubject'));
  const asked = tr.t('confirmAsked', { alert: describeCriteria(input.criteria, tr.locale) });
  const e = escapeHtml;
  const url = e(confirmUrl);
  const small = `margin:0 0 12px;font-size:13px;color:${EMAIL.muted};`;
  const rows = `<tr><td class="card" style="background:${EMAIL.card};border:1px solid ${EMAIL.border};border-radius:6px;padding:24px;">
<h1 class="h1 fg" style="margin:0 0 12px;font-size:21px;line-height:1.3;color:${EMAIL.text};">${e(subject)}</h1>
<p class="fg" style="margin:0 0 12px;color:${EMAIL.text};">${e(asked)}</p>
<p class="fg" style="margin:0 0 20px;color:${EMAIL.text};">${e(tr.t('confirmNothingUntil'))}</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 20px;"><tr><td class="button" style="background:${EMAIL.link};border-radius:6px;">
<a href="${url}" class="button" style="display:inline-block;background:${EMAIL.link};color:#ffffff;text-decoration:none;font-weight:bold;padding:12px 20px;border-radius:6px;">${e(tr.t('confirmButton'))}</a>
</td></tr></table>
<p class="muted" style="${small}">${e(tr.t('confirmOrOpen'))} <a href="${url}" class="muted" style="color:${EMAIL.muted};word-break:break-all;">${url}</a><br>${e(tr.t('confirmValid'))}</p>
<p class="muted" style="${small}margin:0;">${e(tr.t('confirmIgnore'))}</p>
</td></tr>`;
  const html = emailDocument({ lang: tr.locale, title: subject, preheader: asked, rows });
  const text = [subject, '', asked, tr.t('confirmTextLead'), '', confirmUrl, '', tr.t('confirmIgnore'), ''].join('\n');
  return { subject, html, text };
}
