/** Health check: the server is up and which PostgreSQL it talks to. */
import { z } from 'zod';
import { defineEndpoint } from './endpoint';

/** GET /api/health — liveness plus the database server version. */
export const getHealth = defineEndpoint({
  method: 'GET',
  path: '/api/health',
  summary: 'Tình trạng hệ thống',
  response: z.object({
    status: z.literal('ok'),
    database: z.object({ version: z.string(), embedded: z.boolean() }),
    time: z.string(),
  }),
});
