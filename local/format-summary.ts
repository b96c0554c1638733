import type { PollSummary } from '../shared/use-cases/poll-sources';

/** A readable block for one poll: one line per source, then the totals. */
export function formatPollSummary(summary: PollSummary): string {
  const lines = summary.sources.map((s) => {
    const head = `  ${s.id} (${s.type}): `;
    if (!s.ok) return `${head}FAILED: ${s.errors.join('; ')}`;
    if (s.notModified) return `${head}not modified`;
    const rejected = s.errors.length > 0 ? `\n${s.errors.map((e) => `      rejected ${e}`).join('\n')}` : '';
    return `${head}${s.parsed} parsed, ${s.new} new, ${s.duplicate} duplicate, ${s.rejected} rejected (${s.ms} ms)${rejected}`;
  });
  const total = (k: 'new' | 'duplicate' | 'rejected') => summary.sources.reduce((n, s) => n + s[k], 0);
  const failed = summary.sources.filter((s) => !s.ok).length;
  lines.push(
    `  sources polled: ${summary.sources.length}${failed ? ` (${failed} failed)` : ''}; postings new: ${total('new')}, duplicate: ${total('duplicate')}, rejected: ${total('rejected')}`,
  );
  return lines.join('\n');
}
