import { describe, expect, it } from 'vitest';
import { redactAddresses } from '../../../shared/adapters/log/logger';
import { deliveryLagSeconds } from '../../../shared/digest/delivery-lag';
import { recordEmf } from '../../support/emf-lines';

const at = new Date('2031-05-04T08:00:00.000Z');

describe('the EMF adapter', () => {
  it('writes one line CloudWatch turns into metrics: namespace, dimensions, units, values, ids beside them', () => {
    const emf = recordEmf(() => at);
    emf.metrics.emit({
      dimensions: { Frequency: 'daily' },
      values: { DigestsSent: 1, DigestLag: [60, 7200] },
      properties: { subscriberId: 's1', digestId: 'daily-2031-05-04' },
    });
    expect(emf.lines).toHaveLength(1);
    expect(JSON.parse(emf.lines[0] as string)).toEqual({
      subscriberId: 's1',
      digestId: 'daily-2031-05-04',
      Frequency: 'daily',
      DigestsSent: 1,
      DigestLag: [60, 7200],
      _aws: {
        Timestamp: at.getTime(),
        CloudWatchMetrics: [
          {
            Namespace: 'jobalert',
            Dimensions: [['Frequency']],
            Metrics: [
              { Name: 'DigestsSent', Unit: 'Count' },
              { Name: 'DigestLag', Unit: 'Seconds' },
            ],
          },
        ],
      },
    });
  });

  it('cuts a list of more than 100 values into lines EMF accepts, counting single values once', () => {
    const emf = recordEmf(() => at);
    const lags = Array.from({ length: 230 }, (_, i) => i);
    emf.metrics.emit({ values: { DigestsSent: 1, DigestLag: lags } });
    const records = emf.records();
    expect(records.map((r) => (r.fields.DigestLag as number[]).length)).toEqual([100, 100, 30]);
    expect(records.flatMap((r) => r.fields.DigestLag as number[])).toEqual(lags);
    expect(records.map((r) => r.fields.DigestsSent)).toEqual([1, undefined, undefined]);
    expect(records.map((r) => Object.keys(r.units))).toEqual([
      ['DigestsSent', 'DigestLag'],
      ['DigestLag'],
      ['DigestLag'],
    ]);
  });

  it('writes nothing for a record without values', () => {
    const emf = recordEmf();
    emf.metrics.emit({ values: { DigestLag: [] } });
    expect(emf.lines).toEqual([]);
  });
});

describe('deliveryLagSeconds', () => {
  it('counts from the first sighting for a posting matched as it was seen', () => {
    const match = { postedAt: '2031-05-04T06:00:00.000Z', matchedAt: '2031-05-04T06:00:05.000Z' };
    expect(deliveryLagSeconds(match, at)).toBe(7200);
  });

  it('counts from the match for a backfilled or re-matched posting', () => {
    const match = { postedAt: '2031-04-10T06:00:00.000Z', matchedAt: '2031-05-04T07:30:00.000Z' };
    expect(deliveryLagSeconds(match, at)).toBe(1800);
  });
});

describe('redactAddresses', () => {
  it('cuts every address out of a log line, and leaves ids, URLs and times alone', () => {
    const line = JSON.stringify({
      err: 'MessageRejected: Email address is not verified. The following identities failed the check: ana.lopez+jobs@example.org, "bo@example.com"',
      subscriberId: 'sub_01J9',
      url: 'https://jobs.example.org/confirm?token=a.b',
      at: '2031-05-04T08:00:00.000Z',
    });
    const out = redactAddresses(line);
    expect(out).not.toMatch(/example\.(org|com),|lopez|bo@/);
    expect(JSON.parse(out)).toMatchObject({
      err: 'MessageRejected: Email address is not verified. The following identities failed the check: [address], "[address]"',
      subscriberId: 'sub_01J9',
      url: 'https://jobs.example.org/confirm?token=a.b',
    });
  });
});
