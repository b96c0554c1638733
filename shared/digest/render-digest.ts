import type { MatchReason } from '../match/match';
import { languageName } from '../places/codes';
import type { Posting } from '../posting/posting';
import type { Subscriber } from '../subscriber/subscriber';
import { describeCriteria } from './describe-criteria';
import { headerSafe, UnsubscribeUrlError } from './email-headers';
import { escapeHtml } from './escape-html';
import { httpUrl } from './http-url';
import { joinWords } from './join-words';
import { type PostingSummary, summarizePosting } from './summarize-posting';

export interface DigestInput {
  subscriber: Subscriber;
  items: { posting: Posting; reason: MatchReason }[];
  unsubscribeUrl: string;
  siteUrl: string;
  /** Matches left out of this email (the digest caps how many it shows). */
  moreCount?: number;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

const MUTED = '#57606a';

/** Renders a digest email (HTML and text); every posting field is escaped, only http(s) URLs become links. */
export function renderDigest(input: DigestInput): RenderedEmail {
  const { subscriber, items } = input;
  const unsubscribeUrl = httpUrl(input.unsubscribeUrl);
  if (!unsubscribeUrl) throw new UnsubscribeUrlError(input.unsubscribeUrl);
  const siteUrl = httpUrl(input.siteUrl);
  const moreCount = Math.max(0, input.moreCount ?? 0);
  const subject = headerSafe(digestSubject(subscriber, items, items.length + moreCount));
  const alert = describeCriteria(subscriber.criteria);
  const jobs = items.map((i) => summarizePosting(i.posting, i.reason, subscriber.timeZone));
  return {
    subject,
    html: digestHtml({ subject, alert, jobs, moreCount, unsubscribeUrl, siteUrl }),
    text: digestText({ subject, alert, jobs, moreCount, unsubscribeUrl, siteUrl }),
  };
}

/** "3 new jobs for Norwegian speakers", naming the languages the shown jobs matched on. */
function digestSubject(subscriber: Subscriber, items: DigestInput['items'], total: number): string {
  const matched = new Set(items.flatMap((i) => i.reason.languages));
  const ordered = subscriber.criteria.languages.filter((c) => matched.has(c));
  const codes = ordered.length > 0 ? ordered : subscriber.criteria.languages;
  const languages = joinWords(codes.map((c) => languageName(c)));
  return `${total} new ${total === 1 ? 'job' : 'jobs'} for ${languages} speakers`;
}

interface DigestView {
  subject: string;
  alert: string;
  jobs: PostingSummary[];
  moreCount: number;
  unsubscribeUrl: string;
  siteUrl: string | null;
}

function digestHtml(view: DigestView): string {
  const e = escapeHtml;
  const jobs = view.jobs.map(jobHtml).join('\n');
  const more =
    view.moreCount > 0
      ? `<p style="margin:0 0 16px;">…and ${view.moreCount} more matching ${view.moreCount === 1 ? 'job' : 'jobs'} not shown here.</p>`
      : '';
  const site = view.siteUrl
    ? `<a href="${e(view.siteUrl)}" style="color:${MUTED};">${e(view.siteUrl)}</a>`
    : 'our site';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(view.subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f4f5f7;">
<div style="max-width:640px;margin:0 auto;padding:24px 16px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2328;">
<h1 style="font-size:21px;margin:0 0 8px;">${e(view.subject)}</h1>
<p style="margin:0 0 20px;color:${MUTED};">Your alert: ${e(view.alert)}.</p>
${jobs}
${more}
<hr style="border:0;border-top:1px solid #d0d7de;margin:24px 0 12px;">
<p style="margin:0;font-size:13px;color:${MUTED};">You get this email because you asked for job alerts at ${site}.
<a href="${e(view.unsubscribeUrl)}" style="color:${MUTED};">Unsubscribe</a> at any time, no login needed.</p>
</div>
</body>
</html>
`;
}

function jobHtml(job: PostingSummary): string {
  const e = escapeHtml;
  const title = job.url
    ? `<a href="${e(job.url)}" style="color:#0b57d0;text-decoration:underline;">${e(job.title)}</a>`
    : e(job.title);
  const meta = metaLine(job).map(e).join(' · ');
  const languages = job.languages ? `<strong>Languages required:</strong> ${e(job.languages)}<br>` : '';
  return `<div style="background:#ffffff;border:1px solid #d0d7de;border-radius:6px;padding:16px;margin:0 0 16px;">
<h2 style="font-size:17px;margin:0 0 4px;">${title}</h2>
<p style="margin:0 0 8px;color:${MUTED};">${meta}</p>
<p style="margin:0 0 8px;">${languages}<strong>Posted:</strong> ${e(job.posted)}</p>
<p style="margin:0 0 8px;">${e(job.snippet)}</p>
<p style="margin:0;font-size:13px;color:${MUTED};"><strong>Why:</strong> ${e(job.why)}</p>
</div>`;
}

function digestText(view: DigestView): string {
  const lines = [view.subject, `Your alert: ${view.alert}.`, ''];
  view.jobs.forEach((job, i) => {
    lines.push(`${i + 1}. ${job.title}`);
    lines.push(`   ${metaLine(job).join(' · ')}`);
    if (job.languages) lines.push(`   Languages required: ${job.languages}`);
    lines.push(`   Posted: ${job.posted}`);
    if (job.url) lines.push(`   ${job.url}`);
    lines.push(`   ${job.snippet}`);
    lines.push(`   Why: ${job.why}`, '');
  });
  if (view.moreCount > 0) {
    lines.push(`…and ${view.moreCount} more matching ${view.moreCount === 1 ? 'job' : 'jobs'} not shown here.`, '');
  }
  lines.push('-- ');
  lines.push(`You get this email because you asked for job alerts at ${view.siteUrl ?? 'our site'}.`);
  lines.push(`Unsubscribe at any time, no login needed: ${view.unsubscribeUrl}`);
  return `${lines.join('\n')}\n`;
}

/** Company, place and remote policy; the policy only when the place doesn't already say "Remote". */
function metaLine(job: PostingSummary): string[] {
  const policy = job.place.startsWith('Remote') ? null : job.remotePolicy;
  return [job.company, job.place, policy].filter((x): x is string => Boolean(x));
}
