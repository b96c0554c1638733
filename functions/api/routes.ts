import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type * as z from 'zod';
import { preferencesSchema, subscriptionRequestSchema } from '../../shared/subscriber/subscriber';
import { confirmSubscription } from '../../shared/use-cases/confirm-subscription';
import {
  eraseSubscriberData,
  pauseSubscription,
  resumeSubscription,
  subscriberFromManageToken,
  unsubscribeFromPreferences,
  updatePreferences,
} from '../../shared/use-cases/manage-subscription';
import { notRelevantTarget, reportNotRelevant } from '../../shared/use-cases/report-not-relevant';
import { subscribe } from '../../shared/use-cases/subscribe';
import { checkUnsubscribeToken, unsubscribe } from '../../shared/use-cases/unsubscribe';
import { parseFormBody } from '../../web/form-body';
import { formErrors } from '../../web/form-errors';
import { renderCheckInboxPage } from '../../web/pages/check-inbox-page';
import { renderConfirmedPage } from '../../web/pages/confirmed-page';
import { renderErasedPage } from '../../web/pages/erased-page';
import { renderNotRelevantPage, renderNotRelevantRecordedPage } from '../../web/pages/not-relevant-page';
import { preferenceValues, renderPreferencesPage } from '../../web/pages/preferences-page';
import { renderSignupPage } from '../../web/pages/signup-page';
import { renderUnsubscribePage } from '../../web/pages/unsubscribe-page';
import { renderUnsubscribedPage } from '../../web/pages/unsubscribed-page';
import type { ApiDeps } from './deps';
import { bodyText, HttpError, type HttpResponse, header, html, json, pageLocale } from './http';

type Route = (deps: ApiDeps, event: APIGatewayProxyEventV2) => Promise<HttpResponse>;

/** The same words for a known and an unknown address (invariant 3). */
const PENDING = {
  status: 'pending',
  message: 'If this address can receive mail, a confirmation link is on its way. Your alert starts when you click it.',
};

/** Per-field reasons from a zod error, keyed like the request (`countries.0`). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [issue.path.join('.') || 'body'];
    for (const key of keys) fields[key] ??= issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message;
  }
  return fields;
}

/** Who is signing up, for the per-client rate limit. */
function client(event: APIGatewayProxyEventV2): { ip?: string } {
  const ip = event.requestContext?.http?.sourceIp;
  return ip ? { ip } : {};
}

/** This request's own path with its token: the target of the page's buttons. */
function selfAction(path: string, token: string): string {
  return `${path}?token=${encodeURIComponent(token)}`;
}

function token(event: APIGatewayProxyEventV2): string {
  const value = event.queryStringParameters?.token;
  if (!value) throw new HttpError(400, 'this link has no token: copy the whole link from the email');
  return value;
}

const subscribeJson: Route = async (deps, event) => {
  if (!header(event, 'content-type').includes('application/json')) {
    throw new HttpError(415, 'send the subscription as JSON (content-type: application/json)');
  }
  const text = bodyText(event);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'the body is not valid JSON');
  }
  const parsed = subscriptionRequestSchema.safeParse(body);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    const summary = Object.entries(fields)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; ');
    throw new HttpError(400, `invalid subscription: ${summary}`, fields);
  }
  await subscribe(deps, parsed.data, client(event));
  return json(202, PENDING);
};

const subscribeForm: Route = async (deps, event) => {
  const values = parseFormBody(bodyText(event));
  const locale = pageLocale(event, values.locale);
  const parsed = subscriptionRequestSchema.safeParse(values);
  if (!parsed.success) return html(400, renderSignupPage({ errors: formErrors(parsed.error), values, locale }));
  await subscribe(deps, parsed.data, client(event));
  return html(200, renderCheckInboxPage({ locale }));
};

const confirm: Route = async (deps, event) => {
  await confirmSubscription(deps, token(event));
  return html(200, renderConfirmedPage({ locale: pageLocale(event) }));
};

// GET never unsubscribes: mail scanners follow links. It shows the button that POSTs.
const unsubscribePage: Route = async (deps, event) => {
  const value = token(event);
  await checkUnsubscribeToken(deps, value);
  return html(
    200,
    renderUnsubscribePage({ action: `/unsubscribe?token=${encodeURIComponent(value)}`, locale: pageLocale(event) }),
  );
};

// The page's button and RFC 8058 one-click (body `List-Unsubscribe=One-Click`) both land here.
const unsubscribeNow: Route = async (deps, event) => {
  await unsubscribe(deps, token(event));
  return html(200, renderUnsubscribedPage(pageLocale(event)));
};

const preferencesPage: Route = async (deps, event) => {
  const value = token(event);
  const subscriber = await subscriberFromManageToken(deps, value);
  return html(
    200,
    renderPreferencesPage({
      email: subscriber.email,
      status: subscriber.status,
      action: selfAction('/preferences', value),
      values: preferenceValues(subscriber),
    }),
  );
};

const PREFERENCE_ACTIONS = ['save', 'pause', 'resume', 'unsubscribe', 'erase'];

// Every button of the preference centre posts here with its `action`; the token names the subscriber.
const preferencesAct: Route = async (deps, event) => {
  const value = token(event);
  const body = bodyText(event);
  const act = new URLSearchParams(body).get('action') ?? 'save';
  if (!PREFERENCE_ACTIONS.includes(act)) {
    throw new HttpError(
      400,
      `unknown action ${JSON.stringify(act.slice(0, 40))}: use one of ${PREFERENCE_ACTIONS.join(', ')}`,
    );
  }
  if (act === 'unsubscribe') {
    await unsubscribeFromPreferences(deps, value);
    return html(200, renderUnsubscribedPage());
  }
  if (act === 'erase') {
    await eraseSubscriberData(deps, value);
    return html(200, renderErasedPage());
  }
  const page = (subscriber: Awaited<ReturnType<typeof subscriberFromManageToken>>, notice: string) =>
    renderPreferencesPage({
      email: subscriber.email,
      status: subscriber.status,
      action: selfAction('/preferences', value),
      values: preferenceValues(subscriber),
      notice,
    });
  if (act === 'pause') return html(200, page(await pauseSubscription(deps, value), 'Your alert is paused.'));
  if (act === 'resume') return html(200, page(await resumeSubscription(deps, value), 'Your alert is on again.'));
  // The address is not editable here: a new address needs its own confirmed sign-up.
  const { email: _ignored, ...values } = parseFormBody(body);
  const parsed = preferencesSchema.safeParse(values);
  if (!parsed.success) {
    const subscriber = await subscriberFromManageToken(deps, value);
    return html(
      400,
      renderPreferencesPage({
        email: subscriber.email,
        status: subscriber.status,
        action: selfAction('/preferences', value),
        values,
        errors: formErrors(parsed.error),
      }),
    );
  }
  return html(200, page(await updatePreferences(deps, value, parsed.data), 'Your preferences are saved.'));
};

// GET records nothing (mail scanners follow links); the page's button POSTs.
const notRelevantPage: Route = async (deps, event) => {
  const value = token(event);
  const { title } = await notRelevantTarget(deps, value);
  return html(200, renderNotRelevantPage({ action: selfAction('/not-relevant', value), title }));
};

const notRelevantNow: Route = async (deps, event) => {
  const { title } = await reportNotRelevant(deps, token(event));
  return html(200, renderNotRelevantRecordedPage({ title }));
};

export const routes: Record<string, Partial<Record<string, Route>>> = {
  '/': { GET: async (_deps, event) => html(200, renderSignupPage({ locale: pageLocale(event) })) },
  '/subscribe': { POST: subscribeForm },
  '/api/subscriptions': { POST: subscribeJson },
  '/confirm': { GET: confirm },
  '/unsubscribe': { GET: unsubscribePage, POST: unsubscribeNow },
  '/preferences': { GET: preferencesPage, POST: preferencesAct },
  '/not-relevant': { GET: notRelevantPage, POST: notRelevantNow },
  '/api/health': { GET: async () => json(200, { ok: true }) },
};
