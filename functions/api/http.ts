import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { type Locale, pickLocale } from '../../shared/i18n';
import { CONTENT_SECURITY_POLICY } from '../../web/pages/content-security-policy';

export type HttpResponse = APIGatewayProxyStructuredResultV2 & { statusCode: number; body: string };

/** A client error whose message is safe to show (4xx); anything else is a logged generic 500. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    /** Per-field reasons, for 400s from validation. */
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export function html(statusCode: number, body: string): HttpResponse {
  return {
    statusCode,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      ...SECURITY_HEADERS,
    },
    body,
  };
}

export function json(statusCode: number, value: unknown): HttpResponse {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS },
    body: JSON.stringify(value),
  };
}

export const MAX_BODY_BYTES = 16 * 1024;

/** The request body as text (API Gateway may base64 it); refuses oversized bodies. */
export function bodyText(event: APIGatewayProxyEventV2): string {
  const raw = event.body ?? '';
  // Surely too large (a character is at least a byte, 4 base64 characters are 3): refused undecoded.
  if ((event.isBase64Encoded ? Math.floor(raw.length / 4) * 3 - 2 : raw.length) > MAX_BODY_BYTES)
    throw new HttpError(413, `request body larger than ${MAX_BODY_BYTES} bytes`);
  const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  if (Buffer.byteLength(text) > MAX_BODY_BYTES)
    throw new HttpError(413, `request body larger than ${MAX_BODY_BYTES} bytes`);
  return text;
}

export function header(event: APIGatewayProxyEventV2, name: string): string {
  return event.headers?.[name.toLowerCase()] ?? '';
}

/** Whether the client wants HTML (a browser form post) rather than JSON. */
export function wantsHtml(event: APIGatewayProxyEventV2): boolean {
  return !event.rawPath.startsWith('/api/');
}

/** The page language: `?lang=` or the form's choice, else the browser's Accept-Language. */
export function pageLocale(event: APIGatewayProxyEventV2, requested?: string): Locale {
  return pickLocale(header(event, 'accept-language'), event.queryStringParameters?.lang ?? requested);
}
