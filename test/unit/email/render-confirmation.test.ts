import { describe, expect, it } from 'vitest';
import { renderConfirmation } from '../../../shared/email/render-confirmation';
import { criteriaSchema } from '../../../shared/subscriber/subscriber';

const CONFIRM = 'https://jobs.example.com/confirm?token=abc.def';

describe('renderConfirmation', () => {
  it('asks to confirm the alert and links to the confirm URL in both parts', () => {
    const criteria = criteriaSchema.parse({ languages: ['no'], countries: ['PT'], remote: true });
    const { subject, html, text } = renderConfirmation({ confirmUrl: CONFIRM, criteria });
    expect(subject).toBe('Confirm your job alert');
    expect(html).toContain(`href="${CONFIRM}"`);
    expect(text).toContain(CONFIRM);
  });

  it('describes the criteria in words', () => {
    const criteria = criteriaSchema.parse({
      languages: ['no', 'da'],
      countries: ['PT', 'ES'],
      remote: true,
      keywords: ['support'],
    });
    const { text } = renderConfirmation({ confirmUrl: CONFIRM, criteria });
    expect(text).toContain('jobs that need Norwegian or Danish, in Portugal or Spain or remote, mentioning “support”');
  });

  it('describes a remote-only alert', () => {
    const criteria = criteriaSchema.parse({ languages: ['de'], remote: true });
    expect(renderConfirmation({ confirmUrl: CONFIRM, criteria }).text).toContain(
      'jobs that need German, working remotely',
    );
  });

  it('escapes keywords the subscriber typed', () => {
    const criteria = criteriaSchema.parse({ languages: ['no'], countries: ['PT'], keywords: ['<b>x</b>'] });
    const { html } = renderConfirmation({ confirmUrl: CONFIRM, criteria });
    expect(html).not.toContain('<b>x</b>');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });

  it('refuses a confirm URL that is not http(s)', () => {
    const criteria = criteriaSchema.parse({ languages: ['no'], countries: ['PT'] });
    expect(() => renderConfirmation({ confirmUrl: 'javascript:alert(1)', criteria })).toThrow(/confirm URL/);
  });
});
