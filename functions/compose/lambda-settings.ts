import * as z from 'zod';
import { SesMailer } from '../../shared/adapters/ses/ses-mailer';
import { readSecretParameter } from '../../shared/adapters/ssm/read-secret-parameter';
import type { Mailer } from '../../shared/ports/mailer';
import type { Settings } from '../../shared/use-cases/deps';
import { lambdaRegion, readLambdaEnv } from './lambda-env';

/** The settings of the functions that write email or links (API, digest sender); reads the token key from SSM. */
export async function lambdaSettings(): Promise<Settings> {
  const env = readLambdaEnv({
    SITE_URL: z.url(),
    SENDER: z.email(),
    TOKEN_KEY_PARAMETER: z.string().min(1),
    BACKFILL_DAYS: z.coerce.number().int().min(0).default(30),
    MAX_POSTINGS_PER_DIGEST: z.coerce.number().int().min(1).default(50),
    UNSUBSCRIBE_MAILTO: z.email().optional(),
    SES_RATE_PER_SECOND: z.coerce.number().positive().optional(),
  });
  return {
    siteUrl: env.SITE_URL,
    sender: env.SENDER,
    tokenKey: await readSecretParameter(env.TOKEN_KEY_PARAMETER),
    backfillDays: env.BACKFILL_DAYS,
    maxPostingsPerDigest: env.MAX_POSTINGS_PER_DIGEST,
    unsubscribeMailto: env.UNSUBSCRIBE_MAILTO,
    sesRatePerSecond: env.SES_RATE_PER_SECOND,
  };
}

/** SES in the function's region, through the configuration set that routes bounces to ses-feedback. */
export function lambdaMailer(): Mailer {
  const { SES_CONFIGURATION_SET } = readLambdaEnv({ SES_CONFIGURATION_SET: z.string().optional() });
  return SesMailer.fromEndpoint({ region: lambdaRegion(), configurationSet: SES_CONFIGURATION_SET });
}
