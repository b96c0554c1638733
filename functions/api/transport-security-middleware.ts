import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { ApiDeps } from './deps';
import type { HttpResponse } from './http';

/** Two years, the preload list's minimum: a browser that saw the site once never tries http. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

/**
 * HSTS on every answer (pages, JSON and errors) when the site is served over https; never on the
 * local http site, where a browser would remember it for 127.0.0.1 and refuse the next plain run.
 */
export function transportSecurityMiddleware(
  getDeps: () => Promise<ApiDeps>,
): MiddlewareObj<APIGatewayProxyEventV2, HttpResponse> {
  const addHeader = async (request: { response: HttpResponse | undefined | null }) => {
    if (!request.response) return;
    // Deps that failed to build (the answer is then a 500) leave the header out rather than throw.
    const deps = await getDeps().catch(() => undefined);
    if (!deps?.settings.siteUrl.startsWith('https:')) return;
    request.response.headers = { ...request.response.headers, 'strict-transport-security': STRICT_TRANSPORT_SECURITY };
  };
  // onError too: middy runs it after the error middleware (registered later) has set the answer.
  return { after: addHeader, onError: addHeader };
}
