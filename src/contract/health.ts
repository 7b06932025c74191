/** Health check: is the server up and can it reach its database. */
import { z } from 'zod';
import { defineEndpoint } from './endpoint';

/**
 * GET /api/health — 200 `{ status: 'ok' }` while the database answers; 503 with the error shape
 * (`DATABASE_UNAVAILABLE`) while it does not. Says nothing about versions: it is public.
 */
export const getHealth = defineEndpoint({
  method: 'GET',
  path: '/api/health',
  summary: 'Tình trạng hệ thống',
  response: z.object({ status: z.literal('ok'), time: z.string() }),
});
