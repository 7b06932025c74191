// HTTP routes of a user's own notifications and e-mail preferences (any signed-in user), and the
// queue that mails event notices once the write that caused them has committed.
import type { FastifyInstance } from 'fastify';
import * as contract from '@contract/reports';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { defineRoute } from '../http/route';
import { readIfMatchVersion } from '../http/if-match';
import * as notifications from './notification.service';
import { createEventMailQueue, type EventMailQueue } from './event-mail';
import { createMailer } from './mailer';

declare module 'fastify' {
  interface FastifyInstance {
    /** Thư thông báo sự kiện: kicked after each successful write; tests await `settled()`. */
    eventMail: EventMailQueue;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerNotificationRoutes(
  app: FastifyInstance,
  db: Database,
  config: Pick<Config, 'mail'>,
): void {
  const emailEnabled = config.mail !== null;
  const eventMail = createEventMailQueue(db, createMailer(config.mail), (error) =>
    app.log.error(error),
  );
  app.decorate('eventMail', eventMail);
  // onSend runs after the handler's transaction committed (the notices it wrote are visible) and
  // before the answer leaves, so a client that waits on eventMail.settled() after its answer never
  // races a pass that has not yet been asked for.
  app.addHook('onSend', async (request, reply, payload) => {
    if (
      request.url.startsWith('/api/') &&
      !SAFE_METHODS.has(request.method) &&
      reply.statusCode < 400
    )
      eventMail.kick();
    return payload;
  });
  app.addHook('onClose', () => eventMail.settled());

  defineRoute(app, db, contract.listNotifications, {
    action: 'authenticated',
    handler: ({ db, actor, query }) =>
      notifications.listNotifications(db, actor, query.unreadOnly === 'true'),
  });

  defineRoute(app, db, contract.markNotificationsRead, {
    action: 'authenticated',
    handler: ({ db, actor, body, audit }) =>
      notifications.markNotificationsRead(db, actor, body.ids, audit),
  });

  defineRoute(app, db, contract.getNotificationPreferences, {
    action: 'authenticated',
    handler: ({ db, actor }) => notifications.getNotificationPreferences(db, actor, emailEnabled),
  });

  defineRoute(app, db, contract.saveNotificationPreferences, {
    action: 'authenticated',
    handler: ({ db, actor, body, request, audit }) =>
      notifications.saveNotificationPreferences(
        db,
        actor,
        body,
        readIfMatchVersion(request),
        emailEnabled,
        audit,
      ),
  });
}
