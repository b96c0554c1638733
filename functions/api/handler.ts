import middy from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { type ApiDeps, apiDeps } from './deps';
import { HttpError, type HttpResponse } from './http';
import { httpErrorMiddleware } from './http-error-middleware';
import { routes } from './routes';
import { transportSecurityMiddleware } from './transport-security-middleware';

/** The HTTP API: the signup and link pages and the JSON API, one Lambda behind `$default`. */
export function makeApiHandler(getDeps: () => Promise<ApiDeps>) {
  return middy<APIGatewayProxyEventV2, HttpResponse>(async (event: APIGatewayProxyEventV2) => {
    // One trailing slash is forgiven ("/confirm/"); "//", "//x" or "/.." name no page.
    const path = /[^/]\/$/.test(event.rawPath) ? event.rawPath.slice(0, -1) : event.rawPath;
    const byMethod = Object.hasOwn(routes, path) ? routes[path] : undefined;
    if (!byMethod) throw new HttpError(404, `nothing at ${event.rawPath}`);
    const route = byMethod[event.requestContext.http.method];
    if (!route) throw new HttpError(405, `${event.requestContext.http.method} is not allowed on ${event.rawPath}`);
    return route(await getDeps(), event);
  })
    .use(transportSecurityMiddleware(getDeps))
    .use(httpErrorMiddleware(getDeps));
}

export const handler = makeApiHandler(apiDeps);
