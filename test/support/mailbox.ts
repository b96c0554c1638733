import type { StoredEmail } from '../../shared/adapters/ses/start-ses-emulator';

/** The value of a header of a stored email, case-insensitively. */
export function headerOf(email: StoredEmail, name: string): string | undefined {
  return email.headers?.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;
}

/** The first link in an email's text part that starts with `prefix`. */
export function linkIn(email: StoredEmail, prefix: string): string {
  const text = email.body.text ?? '';
  const found = text.match(/https?:\/\/\S+/g)?.find((u) => u.startsWith(prefix));
  if (!found) throw new Error(`no link starting with ${prefix} in:\n${text}`);
  return found;
}

export function mailTo(emails: StoredEmail[], address: string): StoredEmail[] {
  return emails.filter((e) => e.destination.to.includes(address));
}
