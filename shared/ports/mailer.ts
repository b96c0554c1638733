export interface OutgoingEmail {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Extra headers such as List-Unsubscribe; values must be free of CR/LF. */
  headers: { name: string; value: string }[];
  /** Tags SES echoes back in bounce and complaint events (we tag the subscriber id). */
  tags?: Record<string, string>;
}

export interface Mailer {
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
}
