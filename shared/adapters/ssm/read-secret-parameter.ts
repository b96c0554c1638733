import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';

/** Reads a SecureString parameter (the token key), decrypted; throws naming the parameter. */
export async function readSecretParameter(name: string, client = new SSMClient({})): Promise<string> {
  const out = await client.send(new GetParameterCommand({ Name: name, WithDecryption: true }));
  const value = out.Parameter?.Value;
  if (!value) throw new Error(`SSM parameter ${name} is empty or missing`);
  return value;
}
