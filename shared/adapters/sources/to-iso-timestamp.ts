/**
 * A posting date as ISO 8601 with offset: epoch milliseconds, a Date, a date (`2026-11-02`, read
 * as midnight UTC) or a date-time (one without offset is read as UTC). Undefined when unreadable.
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
    else if (/^\d{10,13}$/.test(text)) date = new Date(Number(text));
    else date = new Date(text);
  }
  if (!date || Number.isNaN(date.getTime())) return undefined;
  return date.toISOString();
}
