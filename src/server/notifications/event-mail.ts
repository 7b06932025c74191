// Thư thông báo sự kiện: sends the e-mails event notices queued (notifications.email_pending)
// once their transaction committed. Kicked after every successful write request, and swept every
// minute by the jobs (a kick lost to a restart is caught there). A row is claimed before it is
// sent, so no two senders mail it; a failed send puts it back, up to MAX_ATTEMPTS tries.
import type { Database } from '../db/client';
import type { Mailer } from './mailer';
import * as repo from './event-notice.repository';

/** Tries per notice before its e-mail is given up (the notice stays in the bell). */
export const MAX_EMAIL_ATTEMPTS = 3;
const BATCH = 50;

/** What one pass sent. */
export interface EventMailResult {
  sent: number;
  failed: number;
}

/**
 * Sends every queued event e-mail (batch by batch). With e-mail disabled the queue is emptied
 * without sending, so a later SMTP setting does not mail old events.
 */
export async function sendPendingEventMail(
  db: Database,
  mailer: Mailer,
  onError: (error: unknown) => void = (error) => console.error(error),
): Promise<EventMailResult> {
  const result: EventMailResult = { sent: 0, failed: 0 };
  const retry: { tenantId: string; id: string }[] = [];
  for (;;) {
    const batch = await repo.claimPendingEmails(db, BATCH);
    if (batch.length === 0) break;
    if (!mailer.enabled) continue;
    for (const mail of batch) {
      if (!mail.email) continue;
      try {
        const sent = await mailer.send({
          to: [mail.email],
          subject: mail.subject,
          text: mail.body,
        });
        if (sent.accepted.length > 0) {
          await repo.markEventEmailed(db, mail.tenantId, mail.id);
          result.sent++;
          continue;
        }
      } catch (error) {
        onError(error);
      }
      result.failed++;
      if (mail.attempts < MAX_EMAIL_ATTEMPTS) retry.push(mail);
    }
  }
  // Put back only after the pass, so one pass never retries in a loop.
  for (const mail of retry) await repo.requeueEmail(db, mail.tenantId, mail.id);
  return result;
}

/** Runs sendPendingEventMail after writes: one pass at a time, another after it when kicked meanwhile. */
export interface EventMailQueue {
  /** Asks for a pass soon (does not wait). */
  kick(): void;
  /** Resolves once no pass is running or asked for (tests wait on it instead of sleeping). */
  settled(): Promise<void>;
}

/** The app's queue over `mailer`. */
export function createEventMailQueue(
  db: Database,
  mailer: Mailer,
  onError: (error: unknown) => void,
): EventMailQueue {
  let running: Promise<void> | null = null;
  let again = false;
  const run = async () => {
    do {
      again = false;
      try {
        await sendPendingEventMail(db, mailer, onError);
      } catch (error) {
        onError(error);
      }
    } while (again);
    running = null;
  };
  return {
    kick() {
      if (running) again = true;
      else running = run();
    },
    async settled() {
      while (running) await running;
    },
  };
}
