import { httpUrl } from '../html/http-url';
import { type Locale, translator } from '../i18n';
import type { TextKey } from '../i18n/translator';
import type { MatchReason } from '../match/match';
import {
  type Enrichment,
  type LanguageLevel,
  type Posting,
  type RemotePolicy,
  storedEvidenceFields,
} from '../posting/posting';
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
    snippet: keptSnippet(posting),
    why: withAdWords(describeReason(reason, locale), requirementQuote(posting.enrichment, reason), locale),
  };
}

/** The snippet of each posting lately shown, by id: one sender renders the same jobs for many subscribers. */
const snippets = new Map<string, { title: string; text: string; snippet: string }>();

function keptSnippet(posting: Posting): string {
  const kept = snippets.get(posting.id);
  // Kept only for the very text and title it was made of: an edited posting keeps its id.
  if (kept && kept.text === posting.text && kept.title === posting.title) return kept.snippet;
  const made = postingSnippet(posting.text, posting.title);
  if (snippets.size >= 2000) snippets.clear();
  snippets.set(posting.id, { title: posting.title, text: posting.text, snippet: made });
  return made;
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

/** The message of each level an ad states in words; CEFR levels read the same in every locale. */
const levelWords: Partial<Record<LanguageLevel, TextKey>> = {
  basic: 'levelBasic',
  intermediate: 'levelIntermediate',
  good: 'levelGood',
  fluent: 'levelFluent',
  native: 'levelNative',
};

function levelLabel(level: LanguageLevel, t: (key: TextKey) => string): string {
  const key = levelWords[level];
  return key ? t(key) : level;
}

/** Required languages in words: "Norwegian (C1), English; one of Swedish or Danish". */
export function describeLanguages(enrichment: Enrichment, locale: Locale | string = 'en'): string | null {
  const tr = translator(locale);
  const parts: string[] = [];
  const required = enrichment.requiredLanguages.map(
    (l) => `${tr.language(l.code)}${l.level ? ` (${levelLabel(l.level, tr.t)})` : ''}`,
  );
  if (required.length > 0) parts.push(required.join(', '));
  for (const group of enrichment.requiredOneOf) {
    if (group.length > 0) parts.push(tr.t('oneOf', { languages: tr.list(group.map(tr.language), 'or') }));
  }
  return parts.length > 0 ? parts.join('; ') : null;
}

/**
 * Why it matched: "you speak Norwegian; in Portugal; remote within EU; keyword “support”", or, for
 * an ad that states no language and matched on its own, "the ad is in Danish; in Denmark".
 */
export function describeReason(reason: MatchReason, locale: Locale | string = 'en'): string {
  const tr = translator(locale);
  const parts: string[] = [];
  if (reason.impliedLanguage) {
    parts.push(tr.t('reasonAdIn', { language: tr.language(reason.impliedLanguage) }));
  } else if (reason.languages.length > 0) {
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

/** The most characters of the ad's words the "Why" quotes. */
const QUOTE_LENGTH = 120;

/**
 * The ad's own words for a language requirement that matched ("Fluent Norwegian required"), from
 * enrichment's evidence; null when the match was not on a stated requirement.
 */
export function requirementQuote(enrichment: Enrichment, reason: MatchReason): string | null {
  const found = enrichment.evidence.find(
    (e) => storedEvidenceFields.has(e.field) && reason.languages.includes(e.value) && e.quote.trim().length > 0,
  );
  return found ? cutFlat(oneLine(found.quote), QUOTE_LENGTH) : null;
}

function withAdWords(why: string, quote: string | null, locale: Locale | string): string {
  if (!quote) return why;
  const tr = translator(locale);
  const says = tr.t('reasonAdSays', { quote: tr.quote(quote) });
  return why ? `${why}; ${says}` : says;
}

/** The start of the text on one line, cut at a word boundary near `length` characters. */
export function snippet(text: string, length = SNIPPET_LENGTH): string {
  return cutFlat(oneLine(text), length);
}

/** `snippet` of text already on one line. */
function cutFlat(flat: string, length: number): string {
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length * 0.6 ? cut.slice(0, lastSpace) : cut).replace(TRAILING_PUNCTUATION, '')}…`;
}

const TRAILING_PUNCTUATION = /[\s,.;:–-]+$/;

/** How much of a posting's text the snippet is looked for in. */
const SNIPPET_SOURCE = 4000;

/**
 * The snippet of a posting: its text from the first line of prose, without the title it may
 * repeat, cut near `length` characters. Flattening the whole text to keep 200 characters of it
 * dominated rendering, so only an opening is flattened: one long enough that the title test and
 * the cut see what they would see in the whole text (twice the title, as lower-casing may lengthen
 * it, plus the snippet and a margin), else a longer one.
 */
export function postingSnippet(text: string, title: string, length = SNIPPET_LENGTH): string {
  const source = fromFirstProse(text.slice(0, SNIPPET_SOURCE), title);
  const head = oneLine(title);
  const enough = 2 * head.length + length + 64;
  for (let size = Math.ceil(enough * 1.25); ; size *= 2) {
    const whole = size >= source.length;
    const flat = withoutHashes(oneLine(whole ? source : source.slice(0, size)));
    if (whole || flat.length >= enough) return cutFlat(withoutLeadingTitle(flat, head), length);
  }
}

/** Fewer words than this and a line is a heading or a label ("Job Description", "Location: Porto"). */
const PROSE_WORDS = 8;

const SENTENCE_END = /[.!?]/;
const LABEL_END = /[.!?:]$/;

/**
 * The text from its first line of prose: boards open with headings, labels and the title again
 * ("Job Openings <title>", "About the job <title>"), which make a poor snippet. Unchanged when no
 * line qualifies.
 */
function fromFirstProse(text: string, title: string): string {
  const head = oneLine(title).toLowerCase();
  // Where each line starts, found as the scan goes: the prose is usually a few lines in.
  const starts: number[] = [];
  const lineAt = (i: number) => {
    const start = starts[i] as number;
    const end = text.indexOf('\n', start);
    return text.slice(start, end < 0 ? text.length : end);
  };
  let start = -1;
  for (let at = 0; at >= 0; at = text.indexOf('\n', at)) {
    if (starts.length > 0) at++;
    starts.push(at);
    const flat = oneLine(lineAt(starts.length - 1));
    const words = letterWords(flat);
    // A sentence ends somewhere in it; a long heading without a full stop is still a heading.
    const sentence = words >= PROSE_WORDS && (SENTENCE_END.test(flat) || words >= PROSE_WORDS * 2);
    if (sentence && !(head && flat.toLowerCase().includes(head))) {
      start = starts.length - 1;
      break;
    }
  }
  // Ads are often hard-wrapped: a sentence's first lines, too short to look like prose alone,
  // belong to it. Walk back over them (not over blank lines, labels or the title).
  let first = start;
  while (first > 0) {
    const previous = oneLine(lineAt(first - 1));
    const words = letterWords(previous);
    if (words < PROSE_WORDS / 2 || LABEL_END.test(previous) || (head && previous.toLowerCase().includes(head))) break;
    first--;
  }
  return first > 0 ? text.slice(starts[first]) : text;
}

const LETTER = /\p{L}/u;

/** How many of the space-separated words of one-line text hold a letter. */
function letterWords(flat: string): number {
  let words = 0;
  let counted = false;
  for (let i = 0; i < flat.length; i++) {
    const c = flat.charCodeAt(i);
    if (c === 32) counted = false;
    else if (!counted) {
      const lower = c | 32;
      // ASCII letters directly; anything else by its code point (a pair's high half tests the pair).
      counted = c < 128 ? lower >= 97 && lower <= 122 : LETTER.test(flat.slice(i, i + 2));
      if (counted) words++;
    }
  }
  return words;
}

/** One-line text without the Markdown heading marks it may open with. */
function withoutHashes(flat: string): string {
  return flat.replace(/^#+\s*/, '');
}

/** One-line text without the title (already on one line) it often opens with, as a board repeats it. */
function withoutLeadingTitle(flat: string, head: string): string {
  return head && flat.toLowerCase().startsWith(head.toLowerCase()) ? flat.slice(head.length).trim() : flat;
}

// Only the runs that change match: a run of two or more, or one character that is not a plain
// space (the second class is the first without U+0020: \s minus the space, spelled out). The single
// spaces between words, most of a text, are then no matches at all, which makes this several
// times faster than /[\p{Cc}\u2028\u2029\s]+/gu, whose output it equals (checked over every code point).
const BLANKS = /[\p{Cc}\u2028\u2029\s]{2,}|[\p{Cc}\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/gu;

/** Text on one line: control characters, line separators and runs of white space become one space. */
export function oneLine(text: string): string {
  return text.replace(BLANKS, ' ').trim();
}
