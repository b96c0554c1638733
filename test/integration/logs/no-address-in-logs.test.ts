import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApiHandler } from '../../../functions/api/handler';
import type { HttpResponse } from '../../../functions/api/http';
import { makeDigestSenderHandler } from '../../../functions/digest-sender/handler';
import type { LocalStack } from '../../../local/local-stack';
import { createLogger } from '../../../shared/adapters/log/logger';
import type { Deps } from '../../../shared/use-cases/deps';
import { activeSubscriber, apiEvent, startTestStack } from '../subscribers/subscriber-helpers';

// Every line the service logs on a sign-up, a refused send and a failed digest: the ids are there
// to tie each line to its work, no email address is, even when an error text names one.
let stack: LocalStack;
let close: () => Promise<void>;
const lines: string[] = [];
const ADDRESS = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;

beforeAll(async () => {
  ({ stack, close } = await startTestStack());
});

afterAll(async () => {
  await close?.();
});

/** SES in the sandbox refuses an unverified recipient with a message that names the address. */
const refusingMailer: Deps['mailer'] = {
  send: async (email) => {
    throw Object.assign(
      new Error(
        `Email address is not verified. The following identities failed the check in region EU-WEST-1: ${email.to}`,
      ),
      { name: 'MessageRejected' },
    );
  },
};

describe('the logs', () => {
  it('name subscribers and digests by id and never hold an email address', async () => {
    const log = createLogger('info', { write: (line: string) => lines.push(line) });
    const deps: Deps = { ...stack.deps, log };
    const signup = (email: string, d: Deps) =>
      makeApiHandler(async () => d)(
        apiEvent({ path: '/api/subscriptions', body: JSON.stringify({ email, languages: ['no'], countries: ['PT'] }) }),
        {} as never,
      ) as Promise<HttpResponse>;

    expect((await signup('logged-ok@example.com', deps)).statusCode).toBe(202);
    expect((await signup('logged-refused@example.org', { ...deps, mailer: refusingMailer })).statusCode).toBe(500);

    const reader = await activeSubscriber(stack, 'logged-digest');
    const body = JSON.stringify({ subscriberId: reader.id, digestId: 'logged-1' });
    const sender = makeDigestSenderHandler(async () => ({ ...deps, mailer: refusingMailer }));
    await sender({ Records: [{ messageId: 'm-logged', body }] } as never, {} as never);

    const text = lines.join('');
    expect(text).toContain('confirmation sent');
    expect(text).toContain('api error');
    expect(text).toContain('identities failed the check');
    expect(text).toContain(reader.id);
    expect(lines.filter((l) => ADDRESS.test(l))).toEqual([]);
  });
});
