import { EMAIL, emailDocument, type RenderedEmail } from '../email/email-document';
import { headerSafe, UnsubscribeUrlError } from '../email/email-headers';
import { escapeHtml } from '../html/escape-html';
import { httpUrl } from '../html/http-url';
import { fillHtml, type Translator, translator } from '../i18n';
import type { MatchReason } from '../match/match';
import type { Posting } from '../posting/posting';
import { describeCriteria } from '../subscriber/describe-criteria';
import type { Subscriber } from '../subscriber/subscriber';
import { digestSubject } from './digest-subject';
import { type PostingSummary, summarizePosting } from './summarize-posting';

export interface DigestInput {
  subscriber: Subscriber;
  items: { posting: Posting; reason: MatchReason }[];
  unsubscribeUrl: string;
  siteUrl: string;
  /** Matches left out of this email (the digest caps how many it shows). */
  moreCount?: number;
  /** The subscriber's preference centre: "Manage your alert", and where "and N more" leads. */
  preferencesUrl?: string;
  /** A per-job "Not relevant" link, so the operator can see what misses. */
  notRelevantUrl?: (postingId: string) => string;
}

interface JobView extends PostingSummary {
  notRelevantUrl: string | null;
}

interface DigestView {
  tr: Translator;
  subject: string;
  alert: string;
  jobs: JobView[];
  moreCount: number;
  /** Where "and N more" links: the preference centre, else the site, else nowhere. */
  moreUrl: string | null;
  unsubscribeUrl: string;
  siteUrl: string | null;
  preferencesUrl: string | null;
}

/**
 * Renders a digest email (HTML and text) in the subscriber's language; every posting field is
 * escaped, only http(s) URLs become links.
 */
export function renderDigest(input: DigestInput): RenderedEmail {
  const { subscriber, items } = input;
  const unsubscribeUrl = httpUrl(input.unsubscribeUrl);
  if (!unsubscribeUrl) throw new UnsubscribeUrlError(input.unsubscribeUrl);
  const tr = translator(subscriber.locale);
  const siteUrl = httpUrl(input.siteUrl);
  const preferencesUrl = httpUrl(input.preferencesUrl);
  const moreCount = Math.max(0, Math.floor(input.moreCount ?? 0));
  const subject = headerSafe(
    digestSubject(
      subscriber,
      items.map((i) => i.reason),
      items.length + moreCount,
      tr,
    ),
  );
  const jobs = items.map((i) => ({
    ...summarizePosting(i.posting, i.reason, subscriber.timeZone, tr.locale),
    notRelevantUrl: input.notRelevantUrl ? httpUrl(input.notRelevantUrl(i.posting.id)) : null,
  }));
  const view: DigestView = {
    tr,
    subject,
    alert: describeCriteria(subscriber.criteria, tr.locale),
    jobs,
    moreCount,
    moreUrl: preferencesUrl ?? siteUrl,
    unsubscribeUrl,
    siteUrl,
    preferencesUrl,
  };
  return { subject, html: digestHtml(view), text: digestText(view) };
}

const P = `margin:0 0 8px;`;

function link(url: string, text: string, className = 'link', color: string = EMAIL.link): string {
  return `<a href="${escapeHtml(url)}" class="${className}" style="color:${color};text-decoration:underline;">${escapeHtml(text)}</a>`;
}

function digestHtml(view: DigestView): string {
  const { tr } = view;
  const e = escapeHtml;
  const spacer = '<tr><td height="12" style="height:12px;font-size:0;line-height:0;">&nbsp;</td></tr>';
  const rows = [
    `<tr><td style="padding:0 0 16px;">
<h1 class="h1 fg" style="margin:0 0 6px;font-size:21px;line-height:1.3;color:${EMAIL.text};">${e(view.subject)}</h1>
<p class="muted" style="margin:0;color:${EMAIL.muted};">${e(tr.t('yourAlert', { alert: view.alert }))}</p>
</td></tr>`,
    ...view.jobs.map((job) => `${jobHtml(job, tr)}\n${spacer}`),
  ];
  if (view.moreCount > 0) {
    const more = tr.plural('moreJobs', view.moreCount);
    rows.push(
      `<tr><td class="fg" style="padding:4px 0 8px;color:${EMAIL.text};">${view.moreUrl ? link(view.moreUrl, more) : e(more)}</td></tr>`,
    );
  }
  const site = view.siteUrl ? { html: link(view.siteUrl, view.siteUrl, 'muted', EMAIL.muted) } : tr.t('ourSite');
  const unsubscribe = { html: link(view.unsubscribeUrl, tr.t('unsubscribeLink'), 'muted', EMAIL.muted) };
  const manage = view.preferencesUrl
    ? `${link(view.preferencesUrl, tr.t('manageAlert'), 'muted', EMAIL.muted)} · `
    : '';
  rows.push(`<tr><td class="rule" style="border-top:1px solid ${EMAIL.border};padding:12px 0 0;">
<p class="muted" style="margin:0;font-size:13px;color:${EMAIL.muted};">${fillHtml(tr.t('footerWhy'), { site })}<br>
${manage}${fillHtml(tr.t('unsubscribeLine'), { link: unsubscribe })}</p>
</td></tr>`);
  return emailDocument({ lang: tr.locale, title: view.subject, preheader: view.alert, rows: rows.join('\n') });
}

function jobHtml(job: JobView, tr: Translator): string {
  const e = escapeHtml;
  const title = job.url ? link(job.url, job.title) : e(job.title);
  const meta = metaLine(job).map(e).join(' · ');
  const languages = job.languages ? `<strong>${e(tr.t('languagesRequired'))}:</strong> ${e(job.languages)}<br>` : '';
  const notRelevant = job.notRelevantUrl
    ? `\n<p class="muted" style="margin:8px 0 0;font-size:13px;">${link(job.notRelevantUrl, tr.t('notRelevant'), 'muted', EMAIL.muted)}</p>`
    : '';
  return `<tr><td class="card" style="background:${EMAIL.card};border:1px solid ${EMAIL.border};border-radius:6px;padding:16px;">
<h2 class="fg" style="margin:0 0 4px;font-size:17px;line-height:1.35;color:${EMAIL.text};">${title}</h2>
<p class="muted" style="${P}color:${EMAIL.muted};">${meta}</p>
<p class="fg" style="${P}color:${EMAIL.text};">${languages}<strong>${e(tr.t('posted'))}:</strong> ${e(job.posted)}</p>
<p class="fg" style="${P}color:${EMAIL.text};">${e(job.snippet)}</p>
<p class="muted" style="margin:0;font-size:13px;color:${EMAIL.muted};"><strong>${e(tr.t('why'))}:</strong> ${e(job.why)}</p>${notRelevant}
</td></tr>`;
}

function digestText(view: DigestView): string {
  const { tr } = view;
  const lines = [view.subject, tr.t('yourAlert', { alert: view.alert }), ''];
  view.jobs.forEach((job, i) => {
    lines.push(`${i + 1}. ${job.title}`);
    lines.push(`   ${metaLine(job).join(' · ')}`);
    if (job.languages) lines.push(`   ${tr.t('languagesRequired')}: ${job.languages}`);
    lines.push(`   ${tr.t('posted')}: ${job.posted}`);
    if (job.url) lines.push(`   ${job.url}`);
    lines.push(`   ${job.snippet}`);
    lines.push(`   ${tr.t('why')}: ${job.why}`);
    if (job.notRelevantUrl) lines.push(`   ${tr.t('notRelevant')}: ${job.notRelevantUrl}`);
    lines.push('');
  });
  if (view.moreCount > 0) {
    lines.push(tr.plural('moreJobs', view.moreCount));
    if (view.moreUrl) lines.push(view.moreUrl);
    lines.push('');
  }
  lines.push('-- ');
  lines.push(tr.t('footerWhy', { site: view.siteUrl ?? tr.t('ourSite') }));
  if (view.preferencesUrl) lines.push(`${tr.t('manageAlert')}: ${view.preferencesUrl}`);
  lines.push(tr.t('unsubscribeText', { url: view.unsubscribeUrl }));
  return `${lines.join('\n')}\n`;
}

/** Company, place and remote policy; the policy only when the place doesn't already say it. */
function metaLine(job: PostingSummary): string[] {
  const policy = job.remotePolicy && job.place.startsWith(job.remotePolicy) ? null : job.remotePolicy;
  return [job.company, job.place, policy].filter((x): x is string => Boolean(x));
}
