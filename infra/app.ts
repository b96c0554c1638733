import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readAppSettings } from './app-settings';
import { composeApp } from './compose-app';

// Context (docs/deploy.md#context): -c sender=alerts@example.org -c hostedZone=example.org
// -c hostedZoneId=Z… -c domainName=jobs.example.org -c config=jobalert.yaml
const app = new App();
composeApp(
  app,
  readAppSettings((key) => app.node.tryGetContext(key)),
);
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
