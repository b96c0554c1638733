import type { App } from 'aws-cdk-lib';
import type { AppSettings } from './app-settings';
import { acknowledgeNagFindings } from './nag-acknowledgements';
import { StatefulStack } from './stacks/stateful-stack';
import { StatelessStack } from './stacks/stateless-stack';

/** Adds the two jobalert stacks to the app: data first, then the code that uses it. */
export function composeApp(app: App, settings: AppSettings) {
  const stateful = new StatefulStack(app, 'JobalertData', {
    description: 'jobalert: table, SES identity and configuration set, notification topics',
    tokenKeyParameterName: settings.tokenKeyParameterName,
    ...(settings.alarmEmail === undefined ? {} : { alarmEmail: settings.alarmEmail }),
    sender: settings.sender,
    senderIdentity: settings.senderIdentity,
    ...(settings.dns === undefined ? {} : { dns: settings.dns }),
  });
  const stateless = new StatelessStack(app, 'JobalertService', {
    description: 'jobalert: functions, queues, schedules, HTTP API, alarms',
    table: stateful.table,
    tokenKeyParameterName: stateful.tokenKeyParameterName,
    configurationSet: stateful.configurationSet,
    sesEventsTopic: stateful.sesEventsTopic,
    alarmTopic: stateful.alarmTopic,
    sender: settings.sender,
    ...(settings.siteUrl === undefined ? {} : { siteUrl: settings.siteUrl }),
    sources: settings.sources,
    pollWorkerMemoryMiB: settings.pollWorkerMemoryMiB,
    ...(settings.circuitBreaker === undefined ? {} : { circuitBreaker: settings.circuitBreaker }),
    ...(settings.sesRatePerSecond === undefined ? {} : { sesRatePerSecond: settings.sesRatePerSecond }),
    ...(settings.dns === undefined ? {} : { dns: settings.dns }),
    ...(settings.backfillDays === undefined ? {} : { backfillDays: settings.backfillDays }),
    ...(settings.maxPostingsPerDigest === undefined ? {} : { maxPostingsPerDigest: settings.maxPostingsPerDigest }),
    ...(settings.unsubscribeMailto === undefined ? {} : { unsubscribeMailto: settings.unsubscribeMailto }),
  });
  acknowledgeNagFindings(stateful, stateless);
  return { stateful, stateless };
}
