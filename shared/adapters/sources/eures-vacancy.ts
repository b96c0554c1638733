import * as z from 'zod';
import { countryName, isKnownCountry } from '../../places/codes';
import type { RejectedPosting } from '../../ports/source';
import type { RawPosting } from '../../posting/posting';
import { collectPostings, normalizeItem, stringOrNumberId } from './collect-postings';
import { htmlToPlainText, looksLikeHtml } from './html-to-plain-text';
import { toIsoTimestamp } from './to-iso-timestamp';

/** A vacancy's public page on the EURES portal: the id and a display language are appended. */
export const EURES_VACANCY_PAGE = 'https://europa.eu/eures/portal/jv-se/jv-details/';

// Every field but the id is read leniently: a value of an unexpected shape counts as missing,
// since other variants of the search API leave out, null or reshape what one response had.
const optionalText = z.string().nullish().catch(undefined);
const optionalDate = z.union([z.number(), z.string()]).nullish().catch(undefined);
const translationSchema = z.object({ title: optionalText, description: optionalText }).nullish().catch(undefined);

/** One element of the search's `jvs`: only the fields we read, the rest pass unread. */
const vacancySchema = z
  .object({
    id: z.union([z.string().trim().min(1), z.number().int().nonnegative()]),
    title: optionalText,
    description: optionalText,
    creationDate: optionalDate,
    lastModificationDate: optionalDate,
    employer: z.object({ name: optionalText }).nullish().catch(undefined),
    locationMap: z.record(z.string(), z.array(z.string()).nullish().catch(undefined)).nullish().catch(undefined),
    availableLanguages: z.array(z.string()).nullish().catch(undefined),
    translationType: optionalText,
    translations: z.record(z.string(), translationSchema).nullish().catch(undefined),
  })
  .superRefine((vacancy, ctx) => {
    const titled = [vacancy.title, ...Object.values(vacancy.translations ?? {}).map((t) => t?.title)];
    if (!titled.some((title) => title?.trim()))
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'missing, in the vacancy and in every translation' });
  });
type Vacancy = z.infer<typeof vacancySchema>;

/** Splits a page's vacancies into postings and rejections that name the field. */
export function collectEuresVacancies(
  label: string,
  sourceId: string,
  vacancies: readonly unknown[],
): { postings: RawPosting[]; rejected: RejectedPosting[] } {
  return collectPostings(label, vacancies, (vacancy) => ({
    externalId: stringOrNumberId(vacancy)?.trim() || undefined,
    result: normalizeItem(vacancySchema, vacancy, (v) => toRawPosting(sourceId, v)),
  }));
}

function toRawPosting(sourceId: string, vacancy: Vacancy): RawPosting {
  const externalId = String(vacancy.id).trim();
  const { language, title, description } = firstLanguageText(vacancy);
  const text = description ? (looksLikeHtml(description) ? htmlToPlainText(description) : description.trim()) : '';
  const posting: RawPosting = { sourceId, externalId, title, text };
  const company = vacancy.employer?.name?.trim();
  if (company) posting.company = company;
  posting.url = `${EURES_VACANCY_PAGE}${encodeURIComponent(externalId)}?lang=${language ?? 'en'}`;
  const countries = countriesOf(vacancy.locationMap);
  if (countries.length) posting.locationText = countries.join('; ');
  const postedAt = toIsoTimestamp(vacancy.creationDate) ?? toIsoTimestamp(vacancy.lastModificationDate);
  if (postedAt) posting.postedAt = postedAt;
  return posting;
}

/**
 * The title and description as the employer wrote them: the translation in the vacancy's first
 * language (the first of `availableLanguages`, else the first translation), and the top-level
 * copy when the API says it is that language (`translationType: FIRST_LANGUAGE`) or has nothing
 * else. Of two copies in the same language, the fuller description wins.
 */
function firstLanguageText(vacancy: Vacancy): { language?: string; title: string; description?: string } {
  const translations = Object.entries(vacancy.translations ?? {}).filter(
    ([, t]) => t?.title?.trim() || t?.description?.trim(),
  );
  const declared = (vacancy.availableLanguages ?? []).map((l) => l.trim().toLowerCase()).find(Boolean);
  const match = translations.find(([lang]) => lang.toLowerCase() === declared) ?? translations[0];
  const language = languageCode(declared ?? match?.[0]);
  const translated = match?.[1];
  const topIsFirst = !vacancy.translationType || /^first/i.test(vacancy.translationType.trim()) || !translated;
  const titles = [translated?.title, vacancy.title, ...translations.map(([, t]) => t?.title)];
  const title = titles.map((t) => t?.trim()).find((t): t is string => !!t) ?? '';
  const descriptions = [translated?.description, topIsFirst ? vacancy.description : undefined]
    .map((d) => d?.trim())
    .filter((d): d is string => !!d);
  const description = descriptions.sort((a, b) => b.length - a.length)[0] ?? (vacancy.description?.trim() || undefined);
  return { ...(language && { language }), title, ...(description && { description }) };
}

/** A two-letter language code for the portal's link, lower case; anything else is not used. */
function languageCode(value: string | undefined): string | undefined {
  const code = value?.trim().toLowerCase();
  return code && /^[a-z]{2}$/.test(code) ? code : undefined;
}

// NUTS and EURES write Greece EL and the United Kingdom UK; ISO 3166 says GR and GB.
const NUTS_TO_ISO: Record<string, string> = { EL: 'GR', UK: 'GB' };

/**
 * The countries a vacancy is in, by name ("Germany"), from `locationMap`'s keys and the first two
 * letters of its NUTS codes. The NUTS codes themselves name statistical regions, not towns, and
 * no table here names them, so they are left out rather than read as places.
 */
function countriesOf(locationMap: Vacancy['locationMap']): string[] {
  const codes = new Set<string>();
  for (const [key, nuts] of Object.entries(locationMap ?? {})) {
    for (const code of [key, ...(nuts ?? [])]) {
      const prefix = code.trim().slice(0, 2).toUpperCase();
      const iso = NUTS_TO_ISO[prefix] ?? prefix;
      if (isKnownCountry(iso)) codes.add(iso);
    }
  }
  return [...codes].map((code) => countryName(code));
}
