import { ApiMapping, DomainName, type HttpApi, type IHttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate, CertificateValidation } from 'aws-cdk-lib/aws-certificatemanager';
import { ARecord, type IHostedZone, RecordTarget } from 'aws-cdk-lib/aws-route53';
import { ApiGatewayv2DomainProperties } from 'aws-cdk-lib/aws-route53-targets';
import { Construct } from 'constructs';

export interface SiteDomainProps {
  /** The pages' domain, such as `jobs.example.org`, inside `zone`. */
  readonly domainName: string;
  readonly zone: IHostedZone;
  readonly api: HttpApi;
  readonly stage: IHttpStage;
}

/**
 * The pages on the operator's own domain: a certificate validated by a record in the zone, the
 * HTTP API's custom domain mapped to its stage, and the alias record that points the name at it.
 */
export class SiteDomain extends Construct {
  readonly domain: DomainName;

  constructor(scope: Construct, id: string, props: SiteDomainProps) {
    super(scope, id);
    const certificate = new Certificate(this, 'Certificate', {
      domainName: props.domainName,
      validation: CertificateValidation.fromDns(props.zone),
    });
    this.domain = new DomainName(this, 'Domain', { domainName: props.domainName, certificate });
    new ApiMapping(this, 'Mapping', { api: props.api, domainName: this.domain, stage: props.stage });
    new ARecord(this, 'Alias', {
      zone: props.zone,
      recordName: props.domainName,
      target: RecordTarget.fromAlias(
        new ApiGatewayv2DomainProperties(this.domain.regionalDomainName, this.domain.regionalHostedZoneId),
      ),
    });
  }
}
