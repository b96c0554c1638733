import { type Locale, translator } from '../i18n';
import type { TextKey } from '../i18n/translator';
import type { MatchReason } from '../match/match';
import type { Enrichment, Posting, RemotePolicy } from '../posting/posting';
import { httpUrl } from './http-url';
import { regionLabel } from './region-label';

/** One job as a digest shows it: every field plain text, still to be escaped by the renderer. */
export interface PostingSummary {
  title: string;
  /** Only an http(s) URL; null when the posting has none or an unsafe one. */
  url: string | null;
  company: string | null;
  place: string;
  /** "Remote", "Hybrid", "On-site"; null when the ad doesn't say. */
  remotePolicy: string | null;
  languages: string | null;
  posted: string;
  snippet: string;
  why: string;
}

export const SNIPPET_LENGTH = 200;

const REMOTE_POLICY: Record<RemotePolicy, TextKey | null> = {
  remote: 'policyRemote',
  hybrid: 'policyHybrid',
  onsite: 'policyOnsite',
  unknown: null,
};

/** Turns a posting and why it matched into the plain-text fields a digest shows, in `locale`. */
export function summarizePosting(
  posting: Posting,
  reason: MatchReason,
  timeZone = 'UTC',
  locale: Locale | string = 'en',
): PostingSummary {
  const tr = translator(locale);
  const policy = REMOTE_POLICY[posting.enrichment.remote];
  return {
    title: oneLine(posting.title),
    url: httpUrl(posting.url),
    company: posting.company ? oneLine(posting.company) : null,
    place: describePlace(posting.enrichment, locale),
    remotePolicy: policy ? tr.t(policy) : null,
    languages: describeLanguages(posting.enrichment, locale),
    posted: tr.date(posting.postedAt ?? posting.firstSeenAt, timeZone),
    // The snippet needs only the opening of a text that may run to many KB.
    snippet: snippet(
      withoutLeadingTitle(fromFirstProse(posting.text.slice(0, SNIPPET_SOURCE), posting.title), posting.title),
    ),
    why: describeReason(reason, locale),
  };
}

/** Where the job is: "Porto, Portugal", "Remote (EU)", "Remote (Portugal)". */
export function describePlace(enrichment: Enrichment, locale: Locale | string = 'en'): string {
  const tr = translator(locale);
  const located = [...enrichment.cities.map(oneLine), ...enrichment.countries.map((c) => tr.country(c))].join(', ');
  if (enrichment.remote === 'remote') {
    if (enrichment.remoteRegion) return tr.t('placeRemoteIn', { region: regionLabel(enrichment.remoteRegion, locale) });
    return located ? tr.t('placeRemoteIn', { region: located }) : tr.t('placeRemote');
  }
  return located || tr.t('placeNotStated');
}

/** Required languages in words: "Norwegian (C1), English; one of Swedish or Danish". */
export function describeLanguages(enrichment: Enrichment, locale: Locale | string = 'en'): string | null {
  const tr = translator(locale);
  const parts: string[] = [];
  const required = enrichment.requiredLanguages.map((l) => `${tr.language(l.code)}${l.level ? ` (${l.level})` : ''}`);
  if (required.length > 0) parts.push(required.join(', '));
  for (const group of enrichment.requiredOneOf) {
    if (group.length > 0) parts.push(tr.t('oneOf', { languages: tr.list(group.map(tr.language), 'or') }));
  }
  return parts.length > 0 ? parts.join('; ') : null;
}

/** Why it matched: "you speak Norwegian; in Portugal; remote within EU; keyword “support”". */
export function describeReason(reason: MatchReason, locale: Locale | string = 'en'): string {
  const tr = translator(locale);
  const parts: string[] = [];
  if (reason.languages.length > 0) {
    parts.push(tr.t('reasonSpeak', { languages: tr.list(reason.languages.map(tr.language)) }));
  }
  if (reason.countries.length > 0) {
    parts.push(tr.t('reasonIn', { places: tr.list(reason.countries.map(tr.country), 'or') }));
  }
  if (reason.remoteRegion) {
    parts.push(
      reason.remoteRegion === 'worldwide'
        ? tr.t('reasonRemoteAnywhere')
        : tr.t('reasonRemoteWithin', { region: regionLabel(reason.remoteRegion, locale) }),
    );
  }
  if (reason.keywords.length > 0) {
    const words = reason.keywords.map((k) => tr.quote(oneLine(k)));
    parts.push(tr.plural('reasonKeywords', words.length, { keywords: tr.list(words) }));
  }
  return parts.join('; ');
}

/** The start of the text on one line, cut at a word boundary near `length` characters. */
export function snippet(text: string, length = SNIPPET_LENGTH): string {
  const flat = oneLine(text);
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** How much of a posting's text the snippet is looked for in. */
const SNIPPET_SOURCE = 4000;

/** Fewer words than this and a line is a heading or a label ("Job Description", "Location: Porto"). */
const PROSE_WORDS = 8;

/**
 * The text from its first line of prose: boards open with headings, labels and the title again
 * ("Job Openings <title>", "About the job <title>"), which make a poor snippet. Unchanged when no
 * line qualifies.
 */
function fromFirstProse(text: string, title: string): string {
  const lines = text.split('\n');
  const head = oneLine(title).toLowerCase();
  const start = lines.findIndex((line) => {
    const flat = oneLine(line);
    const words = flat.split(' ').filter((w) => /\p{L}/u.test(w)).length;
    // A sentence ends somewhere in it; a long heading without a full stop is still a heading.
    const sentence = words >= PROSE_WORDS && (/[.!?]/.test(flat) || words >= PROSE_WORDS * 2);
    return sentence && !(head && flat.toLowerCase().includes(head));
  });
  // Ads are often hard-wrapped: a sentence's first lines, too short to look like prose alone,
  // belong to it. Walk back over them (not over blank lines, labels or the title).
  let first = start;
  while (first > 0) {
    const previous = oneLine(lines[first - 1] ?? '');
    const words = previous.split(' ').filter((w) => /\p{L}/u.test(w)).length;
    if (words < PROSE_WORDS / 2 || /[.!?:]$/.test(previous) || (head && previous.toLowerCase().includes(head))) break;
    first--;
  }
  return first > 0 ? lines.slice(first).join('\n') : text;
}

/** The text without the title it often opens with (a Markdown heading, a board's first line). */
function withoutLeadingTitle(text: string, title: string): string {
  const flat = oneLine(text).replace(/^#+\s*/, '');
  const head = oneLine(title);
  return head && flat.toLowerCase().startsWith(head.toLowerCase()) ? flat.slice(head.length).trim() : flat;
}

/** Text on one line: control characters, line separators and runs of white space become one space. */
export function oneLine(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029\s]+/gu, ' ').trim();
}
