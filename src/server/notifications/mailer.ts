// Plumbing: sends plain-text e-mail through SMTP with nodemailer. E-mail is optional: without
// SMTP settings the mailer is disabled and sending is a no-op, so reminders still show in the app.
import nodemailer from 'nodemailer';

/** SMTP settings; `secure: true` is implicit TLS (port 465), false lets the server offer STARTTLS. */
export interface MailerConfig {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
  /** The From header and envelope sender, e.g. "parplan <noreply@example.gov.vn>". */
  from: string;
}

/** One plain-text message to one or more recipients (all in To). */
export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
}

/**
 * What the SMTP server took. A recipient it refused at RCPT TO is listed in `rejected` while
 * the others still get the message; when it refuses every recipient, `send` rejects instead
 * (nothing was delivered, so the caller must treat it as a failure and may retry).
 */
export interface SendResult {
  accepted: string[];
  rejected: string[];
}

/** Sends mail, or does nothing when `enabled` is false. */
export interface Mailer {
  enabled: boolean;
  send(message: OutgoingMail): Promise<SendResult>;
}

// Bounded waits so that an unreachable or stalled SMTP server fails a job instead of hanging it.
const CONNECTION_TIMEOUT_MS = 10_000;
const SOCKET_TIMEOUT_MS = 30_000;

/**
 * A mailer over nodemailer's SMTP transport (one connection per message), or a disabled one
 * when `config` is null: its `send` resolves with nothing accepted and opens no connection.
 * A message with no recipients is not sent either.
 */
export function createMailer(config: MailerConfig | null): Mailer {
  if (config === null) {
    return { enabled: false, send: () => Promise.resolve({ accepted: [], rejected: [] }) };
  }
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    auth:
      config.user === undefined ? undefined : { user: config.user, pass: config.password ?? '' },
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    greetingTimeout: CONNECTION_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
  });
  return {
    enabled: true,
    async send(message) {
      if (message.to.length === 0) return { accepted: [], rejected: [] };
      const info = await transport.sendMail({
        from: config.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
      return { accepted: info.accepted.map(String), rejected: info.rejected.map(String) };
    },
  };
}
