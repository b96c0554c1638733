import middy from '@middy/core';
import type { SNSEvent } from 'aws-lambda';
import { handleSesFeedback } from '../../shared/use-cases/handle-ses-feedback';
import { type SesFeedbackDeps, sesFeedbackDeps } from './deps';
import { sesEventSchema, toMailFeedback } from './ses-event';

export function makeSesFeedbackHandler(getDeps: () => Promise<SesFeedbackDeps>) {
  return middy(async (event: SNSEvent) => {
    const deps = await getDeps();
    let suppressed = 0;
    for (const record of event.Records) {
      const parsed = sesEventSchema.safeParse(parseJson(record.Sns.Message));
      if (!parsed.success) {
        // A malformed notification can't be fixed by a retry: log it and go on.
        deps.log.warn({ messageId: record.Sns.MessageId, issues: parsed.error.issues }, 'unreadable SES event');
        continue;
      }
      const feedback = toMailFeedback(parsed.data);
      if (feedback && (await handleSesFeedback(deps, feedback)).suppressed) suppressed++;
    }
    return { suppressed };
  });
}

export const handler = makeSesFeedbackHandler(sesFeedbackDeps);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
