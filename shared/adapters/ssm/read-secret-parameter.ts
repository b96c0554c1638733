import * as z from 'zod';

// Through the AWS Parameters and Secrets Lambda Extension (a layer the CDK app adds to the two
// functions that read the token key), not @aws-sdk/client-ssm: the client put about 77 KiB into
// each of those bundles to make one call at cold start; the extension is AWS's own HTTP endpoint
// on localhost for it, authenticated by the function's session token, and caches the value.
const DEFAULT_PORT = 2773;

const answerSchema = z.object({ Parameter: z.object({ Value: z.string() }) });

/**
 * Reads a SecureString parameter (the token key), decrypted, from the extension on
 * `localhost:PARAMETERS_SECRETS_EXTENSION_HTTP_PORT`; throws naming the parameter.
 */
export async function readSecretParameter(name: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const port = Number(env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT ?? DEFAULT_PORT);
  const url = `http://localhost:${port}/systemsmanager/parameters/get?name=${encodeURIComponent(name)}&withDecryption=true`;
  let res: Response;
  try {
    res = await fetch(url, { headers: { 'X-Aws-Parameters-Secrets-Token': env.AWS_SESSION_TOKEN ?? '' } });
  } catch (err) {
    throw new Error(
      `SSM parameter ${name}: the Parameters and Secrets extension did not answer on port ${port} (${(err as Error).message})`,
    );
  }
  const body = await res.text();
  if (!res.ok) throw new Error(`SSM parameter ${name}: HTTP ${res.status} from the extension: ${body.slice(0, 200)}`);
  const parsed = answerSchema.safeParse(JSON.parse(body || '{}'));
  if (!parsed.success || parsed.data.Parameter.Value === '')
    throw new Error(`SSM parameter ${name} is empty or missing`);
  return parsed.data.Parameter.Value;
}
