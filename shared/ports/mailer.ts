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

/** How one send is made. */
export interface SendOptions {
  /**
   * Called right before the SES call, after any wait for a pacing slot (and again before a retry
   * after throttling): it throws to cancel the send, e.g. when the subscriber left meanwhile.
   */
  beforeSend?: () => Promise<void>;
}

export interface Mailer {
  send(email: OutgoingEmail, options?: SendOptions): Promise<{ messageId: string }>;
}
