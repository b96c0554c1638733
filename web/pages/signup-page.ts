import { escapeHtml as e } from '../../shared/digest/escape-html';
import type { FormFields } from '../form-body';
import { layout } from './layout';
import { COUNTRY_OPTIONS, LANGUAGE_OPTIONS, type Option } from './signup-options';

export type SignupField =
  | 'email'
  | 'languages'
  | 'countries'
  | 'remote'
  | 'keywords'
  | 'frequency'
  | 'hour'
  | 'timeZone';

export interface SignupPageInput {
  /** Messages by field name; any other key (such as "form") is shown above the form. */
  errors?: Partial<Record<SignupField | (string & {}), string>>;
  /** What the visitor sent, to fill the form in again. */
  values?: FormFields;
}

const FIELD_LABELS: Record<SignupField, string> = {
  email: 'Email address',
  languages: 'Languages you speak',
  countries: 'Countries',
  remote: 'Remote jobs',
  keywords: 'Keywords',
  frequency: 'How often',
  hour: 'Hour of the day',
  timeZone: 'Time zone',
};

const FREQUENCIES = [
  { value: 'instant', label: 'As soon as a job comes in' },
  { value: 'daily', label: 'Once a day' },
  { value: 'weekly', label: 'Once a week' },
];

/** The signup page: a plain POST form to /subscribe that works without JavaScript. */
export function renderSignupPage(input: SignupPageInput = {}): string {
  const errors = input.errors ?? {};
  const v = input.values ?? {};
  const selectedLanguages = new Set((v.languages ?? []).map((c) => c.toLowerCase()));
  const selectedCountries = new Set((v.countries ?? []).map((c) => c.toUpperCase()));
  const frequency = FREQUENCIES.some((f) => f.value === v.frequency) ? v.frequency : 'daily';
  const hour = typeof v.hour === 'number' && v.hour >= 0 && v.hour <= 23 ? v.hour : 8;
  const timeZone = v.timeZone ?? 'UTC';

  const body = `
<h1>Job alerts in the languages you speak</h1>
<p>Get an email when a job needs a language you speak, in the countries you choose or remote. We ask you to confirm by email first, and every email has an unsubscribe link.</p>
${errorSummary(errors)}
<form method="post" action="/subscribe">
<div class="field">
<label for="email">${FIELD_LABELS.email}</label>
<input id="email" name="email" type="email" autocomplete="email" required maxlength="254" value="${e(v.email ?? '')}"${invalid('email', errors)}>
${fieldError('email', errors)}
</div>
<div class="field">
<label for="languages">${FIELD_LABELS.languages}</label>
<p class="hint" id="languages-hint">Jobs that require one of these. Hold Ctrl (⌘ on a Mac) to choose more than one.</p>
<select id="languages" name="languages" multiple size="8" required${invalid('languages', errors, 'languages-hint')}>
${options(LANGUAGE_OPTIONS, selectedLanguages)}
</select>
${fieldError('languages', errors)}
</div>
<div class="field">
<label for="countries">${FIELD_LABELS.countries}</label>
<p class="hint" id="countries-hint">Where you want to work. Hold Ctrl (⌘ on a Mac) to choose more than one.</p>
<select id="countries" name="countries" multiple size="8"${invalid('countries', errors, 'countries-hint')}>
${options(COUNTRY_OPTIONS, selectedCountries)}
</select>
${fieldError('countries', errors)}
</div>
<div class="field">
<div class="choice">
<input id="remote" name="remote" type="checkbox" value="true"${v.remote ? ' checked' : ''}${invalid('remote', errors)}>
<label for="remote">Also remote jobs I may do from where I live</label>
</div>
${fieldError('remote', errors)}
</div>
<div class="field">
<label for="keywords">${FIELD_LABELS.keywords} <span class="muted">(optional)</span></label>
<p class="hint" id="keywords-hint">Separated by commas, for example: support, billing</p>
<input id="keywords" name="keywords" type="text" maxlength="600" value="${e((v.keywords ?? []).join(', '))}"${invalid('keywords', errors, 'keywords-hint')}>
${fieldError('keywords', errors)}
</div>
<fieldset${errors.frequency ? ' aria-describedby="frequency-error"' : ''}>
<legend>${FIELD_LABELS.frequency}</legend>
${FREQUENCIES.map(
  (f) => `<div class="choice">
<input id="frequency-${f.value}" name="frequency" type="radio" value="${f.value}"${f.value === frequency ? ' checked' : ''}>
<label for="frequency-${f.value}">${f.label}</label>
</div>`,
).join('\n')}
${fieldError('frequency', errors)}
</fieldset>
<div class="field">
<label for="hour">${FIELD_LABELS.hour}</label>
<p class="hint" id="hour-hint">When daily and weekly emails arrive, in your own time zone.</p>
<select id="hour" name="hour"${invalid('hour', errors, 'hour-hint')}>
${Array.from({ length: 24 }, (_, h) => `<option value="${h}"${h === hour ? ' selected' : ''}>${String(h).padStart(2, '0')}:00</option>`).join('\n')}
</select>
${fieldError('hour', errors)}
</div>
<input type="hidden" id="timeZone" name="timeZone" value="${e(timeZone)}">
${fieldError('timeZone', errors)}
<button type="submit">Create my job alert</button>
</form>
<script>try{var tz=Intl.DateTimeFormat().resolvedOptions().timeZone;if(tz)document.getElementById("timeZone").value=tz}catch(_){}</script>
`;
  return layout('Sign up for job alerts', body, { lang: 'en' });
}

function options(list: readonly Option[], selected: Set<string>): string {
  return list
    .map((o) => `<option value="${e(o.value)}"${selected.has(o.value) ? ' selected' : ''}>${e(o.label)}</option>`)
    .join('\n');
}

function invalid(field: string, errors: SignupPageInput['errors'] & object, hintId?: string): string {
  const described = [hintId, errors[field] ? `${field}-error` : undefined].filter(Boolean).join(' ');
  return `${described ? ` aria-describedby="${described}"` : ''}${errors[field] ? ' aria-invalid="true"' : ''}`;
}

function fieldError(field: string, errors: SignupPageInput['errors'] & object): string {
  const message = errors[field];
  return message ? `<p class="error" id="${field}-error">${e(message)}</p>` : '';
}

function errorSummary(errors: SignupPageInput['errors'] & object): string {
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1]));
  if (entries.length === 0) return '';
  const items = entries.map(([field, message]) => {
    const label = FIELD_LABELS[field as SignupField];
    const target = field === 'frequency' ? 'frequency-daily' : field;
    return label && field !== 'timeZone'
      ? `<li><a href="#${e(target)}">${e(label)}: ${e(message)}</a></li>`
      : `<li>${e(message)}</li>`;
  });
  return `<div class="summary" role="alert" tabindex="-1">
<h2>Please check the form</h2>
<ul>
${items.join('\n')}
</ul>
</div>`;
}
