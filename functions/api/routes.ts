import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type * as z from 'zod';
import { subscriptionRequestSchema } from '../../shared/subscriber/subscriber';
import { confirmSubscription } from '../../shared/use-cases/confirm-subscription';
import type { Deps } from '../../shared/use-cases/deps';
import { subscribe } from '../../shared/use-cases/subscribe';
import { checkUnsubscribeToken, unsubscribe } from '../../shared/use-cases/unsubscribe';
import { parseFormBody } from '../../web/form-body';
import { formErrors } from '../../web/form-errors';
import { renderCheckInboxPage } from '../../web/pages/check-inbox-page';
import { renderConfirmedPage } from '../../web/pages/confirmed-page';
import { renderSignupPage } from '../../web/pages/signup-page';
import { renderUnsubscribePage } from '../../web/pages/unsubscribe-page';
import { renderUnsubscribedPage } from '../../web/pages/unsubscribed-page';
import { bodyText, HttpError, type HttpResponse, header, html, json } from './http';

type Route = (deps: Deps, event: APIGatewayProxyEventV2) => Promise<HttpResponse>;

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
  await subscribe(deps, parsed.data);
  return json(202, PENDING);
};

const subscribeForm: Route = async (deps, event) => {
  const values = parseFormBody(bodyText(event));
  const parsed = subscriptionRequestSchema.safeParse(values);
  if (!parsed.success) return html(400, renderSignupPage({ errors: formErrors(parsed.error), values }));
  await subscribe(deps, parsed.data);
  return html(200, renderCheckInboxPage());
};

const confirm: Route = async (deps, event) => {
  await confirmSubscription(deps, token(event));
  return html(200, renderConfirmedPage());
};

// GET never unsubscribes: mail scanners follow links. It shows the button that POSTs.
const unsubscribePage: Route = async (deps, event) => {
  const value = token(event);
  checkUnsubscribeToken(deps, value);
  return html(200, renderUnsubscribePage({ action: `/unsubscribe?token=${encodeURIComponent(value)}` }));
};

// The page's button and RFC 8058 one-click (body `List-Unsubscribe=One-Click`) both land here.
const unsubscribeNow: Route = async (deps, event) => {
  await unsubscribe(deps, token(event));
  return html(200, renderUnsubscribedPage());
};

export const routes: Record<string, Partial<Record<string, Route>>> = {
  '/': { GET: async () => html(200, renderSignupPage({})) },
  '/subscribe': { POST: subscribeForm },
  '/api/subscriptions': { POST: subscribeJson },
  '/confirm': { GET: confirm },
  '/unsubscribe': { GET: unsubscribePage, POST: unsubscribeNow },
  '/api/health': { GET: async () => json(200, { ok: true }) },
};
