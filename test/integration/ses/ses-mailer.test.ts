import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SesMailer } from '../../../shared/adapters/ses/ses-mailer';
import { type SesEmulator, startSesEmulator } from '../../../shared/adapters/ses/start-ses-emulator';
import { renderDigest } from '../../../shared/digest/render-digest';
import { listUnsubscribeHeaders } from '../../../shared/email/email-headers';
import { labelledPosting } from '../../support/labelled-postings';
import { norwegianSpeaker } from '../../support/subscribers';

const UNSUBSCRIBE = 'https://jobs.example.com/unsubscribe?token=abc.def';

describe('SesMailer against the aws-ses-v2-local emulator', () => {
  let emulator: SesEmulator;
  let mailer: SesMailer;

  beforeAll(async () => {
    emulator = await startSesEmulator({ host: '127.0.0.1', port: 0 });
    mailer = SesMailer.fromEndpoint({ endpoint: emulator.url, region: 'eu-west-1' });
  });
  afterAll(async () => {
    await emulator?.close();
  });
  beforeEach(async () => {
    await emulator.clear();
  });

  it('delivers a digest with its subject, both parts and the unsubscribe headers', async () => {
    const posting = labelledPosting('p001', { title: 'Support <script>alert("x")</script> agent' });
    const digest = renderDigest({
      subscriber: norwegianSpeaker(),
      items: [
        {
          posting,
          reason: { languages: ['no'], impliedLanguage: null, countries: ['PT'], remoteRegion: null, keywords: [] },
        },
      ],
      unsubscribeUrl: UNSUBSCRIBE,
      siteUrl: 'https://jobs.example.com/',
    });

    const { messageId } = await mailer.send({
      from: 'alerts@example.org',
      to: 'ola@example.com',
      ...digest,
      headers: listUnsubscribeHeaders(UNSUBSCRIBE),
    });

    const [sent, ...others] = await emulator.sentEmails();
    expect(others).toEqual([]);
    expect(sent?.messageId).toBe(messageId);
    expect(sent?.from).toBe('alerts@example.org');
    expect(sent?.destination.to).toEqual(['ola@example.com']);
    expect(sent?.subject).toBe('1 new Norwegian-speaking job in Portugal');
    expect(sent?.headers).toEqual(
      expect.arrayContaining([
        { name: 'List-Unsubscribe', value: `<${UNSUBSCRIBE}>` },
        { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
      ]),
    );
    expect(sent?.body.html).not.toContain('<script>');
    expect(sent?.body.html).toContain('Support &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; agent');
    expect(sent?.body.text).toContain('Support <script>alert("x")</script> agent');
  });

  it('strips CR/LF from the subject and header values before they reach SES', async () => {
    await mailer.send({
      from: 'alerts@example.org',
      to: 'ola@example.com',
      subject: 'Hello\r\nBcc: victim@example.com',
      html: '<p>hi</p>',
      text: 'hi',
      headers: [{ name: 'X-Note', value: 'one\r\ntwo' }],
    });
    const [sent] = await emulator.sentEmails();
    expect(sent?.subject).toBe('Hello Bcc: victim@example.com');
    expect(sent?.headers).toEqual([{ name: 'X-Note', value: 'one two' }]);
  });

  it('passes the emulator’s rejection on to the caller', async () => {
    await expect(
      mailer.send({ from: '', to: 'ola@example.com', subject: 's', html: '<p>x</p>', text: 'x', headers: [] }),
    ).rejects.toThrow();
    expect(await emulator.sentEmails()).toEqual([]);
  });
});
