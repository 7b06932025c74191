// HTTP routes of a user's own notifications and e-mail preferences (any signed-in user).
import type { FastifyInstance } from 'fastify';
import * as contract from '@contract/reports';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { defineRoute } from '../http/route';
import { readIfMatchVersion } from '../http/if-match';
import * as notifications from './notification.service';

export function registerNotificationRoutes(
  app: FastifyInstance,
  db: Database,
  config: Pick<Config, 'mail'>,
): void {
  const emailEnabled = config.mail !== null;

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
