import { escapeHtml as e } from '../../shared/html/escape-html';
import { LOCALES } from '../../shared/i18n/locale';
import { countryName, languageName } from '../../shared/places/codes';
import type { Subscriber, SubscriberStatus } from '../../shared/subscriber/subscriber';
import type { FormFields } from '../form-body';
import { layout } from './layout';
import { countryOptions, languageOptions, type Option } from './signup-options';

export interface PreferencesPageInput {
  /** The address the alert goes to (shown, never editable: a new address needs a new sign-up). */
  email: string;
  status: SubscriberStatus;
  /** The form's target: this page's own path with its token. */
  action: string;
  /** What to fill the form with: the stored preferences, or what was just sent. */
  values: FormFields;
  /** Messages by field name, from the same schema the sign-up uses. */
  errors?: Record<string, string>;
  /** One line confirming what just happened ("Saved."). */
  notice?: string;
}

const FIELD_LABELS: Record<string, string> = {
  languages: 'Languages you speak',
  countries: 'Countries',
  remote: 'Remote jobs',
  keywords: 'Keywords',
  excludeKeywords: 'Leave out jobs that mention',
  excludeCompanies: 'Leave out these companies',
  frequency: 'How often',
  hour: 'Hour of the day',
  timeZone: 'Time zone',
  locale: 'Language of the emails',
};

const FREQUENCIES = [
  { value: 'instant', label: 'As soon as a job comes in' },
  { value: 'daily', label: 'Once a day' },
  { value: 'weekly', label: 'Once a week' },
];

const STATUS_WORDS: Record<SubscriberStatus, string> = {
  unconfirmed: 'not confirmed yet: open the link in the confirmation email to start it',
  active: 'on',
  paused: 'paused: no emails until you resume it',
  unsubscribed: 'off: you unsubscribed',
  suppressed: 'off: emails to this address bounced or were reported as spam',
};

/** The form values a stored subscriber's preferences fill in. */
export function preferenceValues(subscriber: Subscriber): FormFields {
  const c = subscriber.criteria;
  return {
    languages: c.languages,
    countries: c.countries,
    remote: c.remote,
    keywords: c.keywords,
    excludeKeywords: c.excludeKeywords ?? [],
    excludeCompanies: c.excludeCompanies ?? [],
    frequency: subscriber.frequency,
    hour: subscriber.hour,
    timeZone: subscriber.timeZone,
    locale: subscriber.locale,
  };
}

/**
 * The preference centre behind the signed link in every email: the criteria in an editable form
 * that works without JavaScript, and buttons to pause or resume, unsubscribe, and erase.
 */
export function renderPreferencesPage(input: PreferencesPageInput): string {
  const errors = input.errors ?? {};
  const v = input.values;
  const action = e(input.action);
  // English names (this page does not localize yet), built on first render: not at import, where
  // ICU's data would load into every cold start of the API, whichever page it serves.
  const langs = withStored(languageOptions('en'), v.languages ?? [], languageName);
  const countries = withStored(countryOptions('en'), v.countries ?? [], countryName);
  const frequency = FREQUENCIES.some((f) => f.value === v.frequency) ? v.frequency : 'daily';
  const hour = typeof v.hour === 'number' ? v.hour : 8;
  const pauseButton =
    input.status === 'active'
      ? '<button type="submit" name="action" value="pause">Pause my alert</button>'
      : input.status === 'paused'
        ? '<button type="submit" name="action" value="resume">Resume my alert</button>'
        : '';
  const body = `
<h1>Your job alert</h1>
${input.notice ? `<p class="summary" role="status">${e(input.notice)}</p>` : ''}
<p>For <strong>${e(input.email)}</strong>. Your alert is ${e(STATUS_WORDS[input.status])}.</p>
${errorSummary(errors)}
<form method="post" action="${action}">
${field(
  'languages',
  errors,
  `<p class="hint" id="languages-hint">Jobs that require one of these. Hold Ctrl (⌘ on a Mac) to choose more than one.</p>
<select id="languages" name="languages" multiple size="8"${aria('languages', errors, 'languages-hint')}>
${options(langs, new Set(v.languages ?? []))}
</select>`,
)}
${field(
  'countries',
  errors,
  `<select id="countries" name="countries" multiple size="8"${aria('countries', errors)}>
${options(countries, new Set(v.countries ?? []))}
</select>`,
)}
<div class="field">
<div class="choice">
<input id="remote" name="remote" type="checkbox" value="true"${v.remote ? ' checked' : ''}>
<label for="remote">Also remote jobs I may do from where I live</label>
</div>
${fieldError('remote', errors)}
</div>
${textField('keywords', v.keywords, errors, 'Jobs must mention one of these. Separated by commas; empty for any job.')}
${textField('excludeKeywords', v.excludeKeywords, errors, 'Whole words, separated by commas, for example: sales, night shift')}
${textField('excludeCompanies', v.excludeCompanies, errors, 'Company names, separated by commas')}
<fieldset>
<legend>${FIELD_LABELS.frequency}</legend>
${FREQUENCIES.map(
  (f) => `<div class="choice">
<input id="frequency-${f.value}" name="frequency" type="radio" value="${f.value}"${f.value === frequency ? ' checked' : ''}>
<label for="frequency-${f.value}">${f.label}</label>
</div>`,
).join('\n')}
${fieldError('frequency', errors)}
</fieldset>
${field(
  'hour',
  errors,
  `<select id="hour" name="hour"${aria('hour', errors)}>
${Array.from({ length: 24 }, (_, h) => `<option value="${h}"${h === hour ? ' selected' : ''}>${String(h).padStart(2, '0')}:00</option>`).join('\n')}
</select>`,
)}
${field('timeZone', errors, `<input id="timeZone" name="timeZone" type="text" maxlength="64" value="${e(v.timeZone ?? 'UTC')}"${aria('timeZone', errors)}>`)}
${field(
  'locale',
  errors,
  `<select id="locale" name="locale"${aria('locale', errors)}>
${LOCALES.map((l) => `<option value="${l}"${l === v.locale ? ' selected' : ''}>${e(languageName(l))}</option>`).join('\n')}
</select>`,
)}
<p><button type="submit" name="action" value="save">Save my preferences</button></p>
</form>
<form method="post" action="${action}">
<h2>Stop or leave</h2>
<p>${pauseButton}</p>
<p><button type="submit" name="action" value="unsubscribe">Unsubscribe</button></p>
<p class="hint">Erasing removes your address, your preferences and every record of the emails we sent you. It cannot be undone.</p>
<p><button type="submit" name="action" value="erase">Erase all my data</button></p>
</form>
`;
  return layout('Your job alert', body, { lang: 'en' });
}

// A stored code the page does not offer (an older list) stays selectable, so saving keeps it.
function withStored(list: readonly Option[], stored: string[], name: (code: string) => string): Option[] {
  const known = new Set(list.map((o) => o.value));
  return [...list, ...stored.filter((c) => !known.has(c)).map((c) => ({ value: c, label: name(c) }))];
}

function options(list: readonly Option[], selected: Set<string>): string {
  return list
    .map((o) => `<option value="${e(o.value)}"${selected.has(o.value) ? ' selected' : ''}>${e(o.label)}</option>`)
    .join('\n');
}

function field(name: string, errors: Record<string, string>, control: string): string {
  return `<div class="field">
<label for="${name}">${e(FIELD_LABELS[name] ?? name)}</label>
${control}
${fieldError(name, errors)}
</div>`;
}

function textField(name: string, value: string[] | undefined, errors: Record<string, string>, hint: string): string {
  return field(
    name,
    errors,
    `<p class="hint" id="${name}-hint">${e(hint)}</p>
<input id="${name}" name="${name}" type="text" maxlength="1200" value="${e((value ?? []).join(', '))}"${aria(name, errors, `${name}-hint`)}>`,
  );
}

function aria(name: string, errors: Record<string, string>, hintId?: string): string {
  const described = [hintId, errors[name] ? `${name}-error` : undefined].filter(Boolean).join(' ');
  return `${described ? ` aria-describedby="${described}"` : ''}${errors[name] ? ' aria-invalid="true"' : ''}`;
}

function fieldError(name: string, errors: Record<string, string>): string {
  return errors[name] ? `<p class="error" id="${name}-error">${e(errors[name])}</p>` : '';
}

function errorSummary(errors: Record<string, string>): string {
  const entries = Object.entries(errors);
  if (entries.length === 0) return '';
  const items = entries.map(([name, message]) =>
    FIELD_LABELS[name]
      ? `<li><a href="#${e(name === 'frequency' ? 'frequency-daily' : name)}">${e(FIELD_LABELS[name])}: ${e(message)}</a></li>`
      : `<li>${e(message)}</li>`,
  );
  return `<div class="summary" role="alert" tabindex="-1">
<h2>Please check the form</h2>
<ul>
${items.join('\n')}
</ul>
</div>`;
}
