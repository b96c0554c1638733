import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSecretParameter } from '../../shared/adapters/ssm/read-secret-parameter';

// A loopback stand-in for the Parameters and Secrets extension's endpoint, as Lambda serves it.
let port = 0;
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.headers['x-aws-parameters-secrets-token'] !== 'session-1') return res.writeHead(401).end('no token');
  if (url.pathname !== '/systemsmanager/parameters/get' || url.searchParams.get('withDecryption') !== 'true')
    return res.writeHead(400).end('bad request');
  if (url.searchParams.get('name') !== '/jobalert/token-key') return res.writeHead(400).end('ParameterNotFound');
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ Parameter: { Value: 'k3y' } }));
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const env = () => ({ PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: String(port), AWS_SESSION_TOKEN: 'session-1' });

describe('reading the token key through the Parameters and Secrets extension', () => {
  it('asks for the parameter decrypted, with the session token, and gives its value', async () => {
    expect(await readSecretParameter('/jobalert/token-key', env())).toBe('k3y');
  });

  it('names the parameter when the extension refuses it', async () => {
    await expect(readSecretParameter('/jobalert/missing', env())).rejects.toThrow(
      /SSM parameter \/jobalert\/missing: HTTP 400 .*ParameterNotFound/,
    );
    await expect(readSecretParameter('/jobalert/token-key', { ...env(), AWS_SESSION_TOKEN: 'other' })).rejects.toThrow(
      /SSM parameter \/jobalert\/token-key: HTTP 401/,
    );
  });

  it('names the parameter and the port when nothing answers', async () => {
    await expect(
      readSecretParameter('/jobalert/token-key', {
        PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: '1',
        AWS_SESSION_TOKEN: 'x',
      }),
    ).rejects.toThrow(
      /SSM parameter \/jobalert\/token-key: the Parameters and Secrets extension did not answer on port 1/,
    );
  });
});
