/**
 * A posting date as ISO 8601 with offset: epoch milliseconds (as text, ten digits are seconds), a Date, a date (`2026-11-02`, read
 * as midnight UTC; `02.11.2026` day first), a date-time (one without offset is read as UTC) or an
 * RFC 2822 / engine-readable text with a year. Undefined when unreadable or ambiguous.
 */
export function toIsoTimestamp(value: unknown): string | undefined {
  let date: Date | undefined;
  if (value instanceof Date) date = value;
  else if (typeof value === 'number' && Number.isFinite(value)) date = new Date(value);
  else if (typeof value === 'string' && value.trim()) {
    const text = value.trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) date = new Date(`${text}T00:00:00Z`);
    else if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text))
      date = new Date(`${text.replace(' ', 'T')}Z`);
    // Ten digits are epoch seconds (a feed's `created_at` as text), more are milliseconds.
    else if (/^\d{10,13}$/.test(text)) date = new Date(Number(text) * (text.length === 10 ? 1000 : 1));
    else if (/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(text)) date = dayFirstDate(text);
    // 04/09/2026 is April or September depending on who wrote it, and the engine invents a year
    // for "Monday 2 November": neither is worth a wrong date.
    else if (/^\d{1,2}\/\d{1,2}\//.test(text) || !/\d{4}/.test(text)) date = undefined;
    else date = new Date(text);
  }
  if (!date || Number.isNaN(date.getTime())) return undefined;
  return date.toISOString();
}

function dayFirstDate(text: string): Date | undefined {
  const [day, month, year] = text.split('.').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCDate() === day && date.getUTCMonth() === month - 1 ? date : undefined;
}
