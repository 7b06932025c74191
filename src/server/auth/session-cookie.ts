// Plumbing: the session cookie's options, shared by the password step and the two-factor step.
import type { FastifyReply } from 'fastify';
import type { Config } from '../config';
import { SESSION_COOKIE } from './auth.service';

/** Sets the session cookie (httpOnly, lax, Secure in production, for the absolute session life). */
export const setSessionCookie = (reply: FastifyReply, config: Config, value: string) =>
  reply.setCookie(SESSION_COOKIE, value, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    maxAge: config.SESSION_ABSOLUTE_HOURS * 3600,
  });
