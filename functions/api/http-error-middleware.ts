import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { TokenError } from '../../shared/tokens/tokens';
import { SubscriberNotFoundError } from '../../shared/use-cases/errors';
import { renderErrorPage } from '../../web/pages/error-page';
import type { ApiDeps } from './deps';
import { HttpError, type HttpResponse, html, json, pageLocale, wantsHtml } from './http';

const TOKEN_MESSAGES: Record<string, string> = {
  'token.malformed': 'This link is incomplete. Copy the whole link from the email.',
  'token.invalid': 'This link is not valid. Use the link from your most recent email.',
  'token.expired': 'This confirmation link has expired. Sign up again to get a new one.',
  'token.wrong-purpose': 'This link is not meant for this page.',
};

/**
 * The one place that decides what a client sees of an error: 4xx with a message naming the
 * problem (JSON under /api, a readable page elsewhere); anything unexpected is logged and
 * answered with a generic 500 that reveals nothing.
 */
export function httpErrorMiddleware(
  getDeps: () => Promise<Pick<ApiDeps, 'log'>>,
): MiddlewareObj<APIGatewayProxyEventV2, HttpResponse> {
  return {
    onError: async (request) => {
      const err = request.error;
      let status = 500;
      let message = 'Something went wrong on our side. Please try again later.';
      let fields: Record<string, string> | undefined;
      if (err instanceof HttpError) {
        status = err.statusCode;
        message = err.message;
        fields = err.fields;
      } else if (err instanceof TokenError) {
        status = 400;
        message = TOKEN_MESSAGES[err.code] ?? 'This link is not valid.';
      } else if (err instanceof SubscriberNotFoundError) {
        status = 404;
        message = 'This subscription no longer exists. There is nothing more to do.';
      } else {
        const deps = await getDeps().catch(() => undefined);
        deps?.log.error({ err: String(err), stack: (err as Error)?.stack }, 'api error');
      }
      const code = err instanceof TokenError ? err.code : undefined;
      request.response = wantsHtml(request.event)
        ? html(status, renderErrorPage(status, message, pageLocale(request.event)))
        : json(status, { error: message, ...(code ? { code } : {}), ...(fields ? { fields } : {}) });
    },
  };
}
