import { escapeHtml as e } from '../../shared/html/escape-html';
import { CATALOGS, fillHtml, type Locale, type TextKey, translator } from '../../shared/i18n';
import type { FormFields } from '../form-body';
import { layout } from './layout';
import { PICKER_SCRIPT } from './picker-script';
import { countryOptions, languageOptions, type Option, uiLanguageOptions } from './signup-options';

export type SignupField =
  | 'email'
  | 'languages'
  | 'countries'
  | 'remote'
  | 'keywords'
  | 'excludeKeywords'
  | 'excludeCompanies'
  | 'frequency'
  | 'hour'
  | 'timeZone'
  | 'locale';

export interface SignupPageInput {
  /** Messages by field name; any other key (such as "form") is shown above the form. */
  errors?: Partial<Record<SignupField | (string & {}), string>>;
  /** What the visitor sent, to fill the form in again. */
  values?: FormFields & { excludeKeywords?: string[]; excludeCompanies?: string[] };
  /** The page language (see pickLocale); also the language of the emails the sign-up asks for. */
  locale?: Locale | string;
}

const FIELD_LABELS: Record<SignupField, TextKey> = {
  email: 'emailLabel',
  languages: 'languagesLabel',
  countries: 'countriesLabel',
  remote: 'remoteLabel',
  keywords: 'keywordsLabel',
  excludeKeywords: 'excludeKeywordsLabel',
  excludeCompanies: 'excludeCompaniesLabel',
  frequency: 'frequencyLabel',
  hour: 'hourLabel',
  timeZone: 'hourLabel',
  locale: 'uiLanguageLabel',
};

const FREQUENCIES: { value: string; label: TextKey }[] = [
  { value: 'instant', label: 'frequencyInstant' },
  { value: 'daily', label: 'frequencyDaily' },
  { value: 'weekly', label: 'frequencyWeekly' },
];

type Errors = NonNullable<SignupPageInput['errors']>;

/**
 * The signup page in the visitor's language: a plain POST form to /subscribe that works without
 * JavaScript; with it, the language and country lists get a filter box and checkboxes.
 */
export function renderSignupPage(input: SignupPageInput = {}): string {
  const tr = translator(input.locale);
  const errors: Errors = input.errors ?? {};
  const v = input.values ?? {};
  const selectedLanguages = new Set((v.languages ?? []).map((c) => c.toLowerCase()));
  const selectedCountries = new Set((v.countries ?? []).map((c) => c.toUpperCase()));
  const frequency = FREQUENCIES.some((f) => f.value === v.frequency) ? v.frequency : 'daily';
  const hour = typeof v.hour === 'number' && v.hour >= 0 && v.hour <= 23 ? v.hour : 8;
  const timeZone = v.timeZone ?? 'UTC';
  const optional = `<span class="muted">(${e(tr.t('optional'))})</span>`;
  // The script picks the plural form with Intl.PluralRules, as the server does.
  const counts = CATALOGS[tr.locale].selectedCount;
  const pickerData = [
    `data-picker data-filter-placeholder="${e(tr.t('filterPlaceholder'))}"`,
    `data-none="${e(tr.t('noMatches'))}" data-remove="${e(tr.t('removeChoice'))}"`,
    `data-count-one="${e(counts.one)}" data-count-other="${e(counts.other)}"`,
    counts.many ? `data-count-many="${e(counts.many)}"` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const textField = (
    name: 'keywords' | 'excludeKeywords' | 'excludeCompanies',
    hint: TextKey,
    example?: string,
  ) => `<div class="field">
<label for="${name}">${e(tr.t(FIELD_LABELS[name]))} ${optional}</label>
<p class="hint" id="${name}-hint">${e(tr.t(hint))}</p>
<input id="${name}" name="${name}" type="text" maxlength="600" autocomplete="off" value="${e((v[name] ?? []).join(', '))}"${example ? ` placeholder="${e(example)}"` : ''}${invalid(name, errors, `${name}-hint`)}>
${fieldError(name, errors)}
</div>`;

  const body = `
<form method="get" action="/" class="lang-switch">
<label for="lang">${e(tr.t('uiLanguageLabel'))}</label>
<div class="inline">
<select id="lang" name="lang">
${options(uiLanguageOptions(), new Set([tr.locale]), true)}
</select>
<button type="submit" class="secondary">${e(tr.t('uiLanguageButton'))}</button>
</div>
</form>
<h1>${e(tr.t('signupHeading'))}</h1>
<p>${e(tr.t('signupIntro'))}</p>
${errorSummary(errors, tr)}
<form method="post" action="/subscribe">
<input type="hidden" name="locale" value="${e(tr.locale)}">
<div class="field">
<label for="email">${e(tr.t('emailLabel'))}</label>
<input id="email" name="email" type="email" autocomplete="email" required maxlength="254" value="${e(v.email ?? '')}"${invalid('email', errors)}>
${fieldError('email', errors)}
</div>
<div class="field">
<label for="languages" id="languages-label">${e(tr.t('languagesLabel'))}</label>
<p class="hint" id="languages-hint">${e(tr.t('languagesHint'))} <span class="nojs">${e(tr.t('multiSelectHint'))}</span></p>
<select id="languages" name="languages" multiple size="8" required ${pickerData}${invalid('languages', errors, 'languages-hint')}>
${options(languageOptions(tr.locale), selectedLanguages)}
</select>
${fieldError('languages', errors)}
</div>
<div class="field">
<label for="countries" id="countries-label">${e(tr.t('countriesLabel'))}</label>
<p class="hint" id="countries-hint">${e(tr.t('countriesHint'))} <span class="nojs">${e(tr.t('multiSelectHint'))}</span></p>
<select id="countries" name="countries" multiple size="8" ${pickerData}${invalid('countries', errors, 'countries-hint')}>
${options(countryOptions(tr.locale), selectedCountries)}
</select>
${fieldError('countries', errors)}
</div>
<div class="field">
<div class="choice">
<input id="remote" name="remote" type="checkbox" value="true"${v.remote ? ' checked' : ''}${invalid('remote', errors, 'remote-hint')}>
<label for="remote">${e(tr.t('remoteLabel'))}</label>
</div>
<p class="hint indent" id="remote-hint">${e(tr.t('remoteHint'))}</p>
${fieldError('remote', errors)}
</div>
${textField('keywords', 'keywordsHint')}
${textField('excludeKeywords', 'excludeKeywordsHint')}
${textField('excludeCompanies', 'excludeCompaniesHint')}
<fieldset${errors.frequency ? ' aria-describedby="frequency-error"' : ''}>
<legend>${e(tr.t('frequencyLabel'))}</legend>
${FREQUENCIES.map(
  (f) => `<div class="choice">
<input id="frequency-${f.value}" name="frequency" type="radio" value="${f.value}"${f.value === frequency ? ' checked' : ''}>
<label for="frequency-${f.value}">${e(tr.t(f.label))}</label>
</div>`,
).join('\n')}
${fieldError('frequency', errors)}
</fieldset>
<div class="field">
<label for="hour">${e(tr.t('hourLabel'))}</label>
<p class="hint" id="hour-hint">${fillHtml(tr.t('hourHint'), { timeZone: { html: `<span id="tz-name">${e(timeZone)}</span>` } })}</p>
<select id="hour" name="hour" class="narrow"${invalid('hour', errors, 'hour-hint')}>
${Array.from({ length: 24 }, (_, h) => `<option value="${h}"${h === hour ? ' selected' : ''}>${String(h).padStart(2, '0')}:00</option>`).join('\n')}
</select>
${fieldError('hour', errors)}
</div>
<input type="hidden" id="timeZone" name="timeZone" value="${e(timeZone)}">
${fieldError('timeZone', errors)}
<button type="submit">${e(tr.t('submit'))}</button>
</form>
<script>${PICKER_SCRIPT}</script>
`;
  return layout(tr.t('signupTitle'), body, { lang: tr.locale });
}

function options(list: readonly Option[], selected: Set<string>, withLang = false): string {
  return list
    .map(
      (o) =>
        `<option value="${e(o.value)}"${withLang ? ` lang="${e(o.value)}"` : ''}${selected.has(o.value) ? ' selected' : ''}>${e(o.label)}</option>`,
    )
    .join('\n');
}

function invalid(field: string, errors: Errors, hintId?: string): string {
  const described = [hintId, errors[field] ? `${field}-error` : undefined].filter(Boolean).join(' ');
  return `${described ? ` aria-describedby="${described}"` : ''}${errors[field] ? ' aria-invalid="true"' : ''}`;
}

function fieldError(field: string, errors: Errors): string {
  const message = errors[field];
  return message ? `<p class="error" id="${field}-error">${e(message)}</p>` : '';
}

function errorSummary(errors: Errors, tr: ReturnType<typeof translator>): string {
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1]));
  if (entries.length === 0) return '';
  const items = entries.map(([field, message]) => {
    const label = Object.hasOwn(FIELD_LABELS, field) ? tr.t(FIELD_LABELS[field as SignupField]) : undefined;
    const target = field === 'frequency' ? 'frequency-daily' : field;
    return label && field !== 'timeZone' && field !== 'locale'
      ? `<li><a href="#${e(target)}">${e(label)}: ${e(message)}</a></li>`
      : `<li>${e(message)}</li>`;
  });
  return `<div class="summary" role="alert" tabindex="-1">
<h2>${e(tr.t('errorSummaryHeading'))}</h2>
<ul>
${items.join('\n')}
</ul>
</div>`;
}
