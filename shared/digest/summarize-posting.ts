import type { MatchReason } from '../match/match';
import { countryName, languageName } from '../places/codes';
import type { Enrichment, Posting, RemotePolicy } from '../posting/posting';
import { httpUrl } from './http-url';
import { joinWords } from './join-words';
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

const REMOTE_POLICY: Record<RemotePolicy, string | null> = {
  remote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On-site',
  unknown: null,
};

/** Turns a posting and why it matched into the plain-text fields a digest shows. */
export function summarizePosting(posting: Posting, reason: MatchReason, timeZone = 'UTC'): PostingSummary {
  return {
    title: oneLine(posting.title),
    url: httpUrl(posting.url),
    company: posting.company ? oneLine(posting.company) : null,
    place: describePlace(posting.enrichment),
    remotePolicy: REMOTE_POLICY[posting.enrichment.remote],
    languages: describeLanguages(posting.enrichment),
    posted: formatDate(posting.postedAt ?? posting.firstSeenAt, timeZone),
    snippet: snippet(withoutLeadingTitle(posting.text, posting.title)),
    why: describeReason(reason),
  };
}

/** Where the job is: "Porto, Portugal", "Remote (EU)", "Remote (Portugal)". */
export function describePlace(enrichment: Enrichment): string {
  const located = [...enrichment.cities.map(oneLine), ...enrichment.countries.map((c) => countryName(c))].join(', ');
  if (enrichment.remote === 'remote') {
    if (enrichment.remoteRegion) return `Remote (${regionLabel(enrichment.remoteRegion)})`;
    return located ? `Remote (${located})` : 'Remote';
  }
  return located || 'Not stated';
}

/** Required languages in words: "Norwegian (C1), English; one of Swedish or Danish". */
export function describeLanguages(enrichment: Enrichment): string | null {
  const parts: string[] = [];
  const required = enrichment.requiredLanguages.map((l) => `${languageName(l.code)}${l.level ? ` (${l.level})` : ''}`);
  if (required.length > 0) parts.push(required.join(', '));
  for (const group of enrichment.requiredOneOf) {
    if (group.length > 0)
      parts.push(
        `one of ${joinWords(
          group.map((c) => languageName(c)),
          'or',
        )}`,
      );
  }
  return parts.length > 0 ? parts.join('; ') : null;
}

/** Why it matched: "you speak Norwegian; in Portugal; remote within EU; keyword “support”". */
export function describeReason(reason: MatchReason): string {
  const parts: string[] = [];
  if (reason.languages.length > 0) {
    parts.push(`you speak ${joinWords(reason.languages.map((c) => languageName(c)))}`);
  }
  if (reason.countries.length > 0) {
    parts.push(
      `in ${joinWords(
        reason.countries.map((c) => countryName(c)),
        'or',
      )}`,
    );
  }
  if (reason.remoteRegion) {
    parts.push(
      reason.remoteRegion === 'worldwide'
        ? 'remote from anywhere'
        : `remote within ${regionLabel(reason.remoteRegion)}`,
    );
  }
  if (reason.keywords.length > 0) {
    const words = reason.keywords.map((k) => `“${oneLine(k)}”`);
    parts.push(`${words.length > 1 ? 'keywords' : 'keyword'} ${joinWords(words)}`);
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

/** The text without the title it often opens with (a Markdown heading, a board's first line). */
function withoutLeadingTitle(text: string, title: string): string {
  const flat = oneLine(text).replace(/^#+\s*/, '');
  const head = oneLine(title);
  return head && flat.toLowerCase().startsWith(head.toLowerCase()) ? flat.slice(head.length).trim() : flat;
}

function oneLine(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029\s]+/gu, ' ').trim();
}

function formatDate(iso: string, timeZone: string): string {
  const date = new Date(iso);
  try {
    return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  }
}
