/**
 * Admin endpoints answer only the machine voxpop runs on: a loopback peer,
 * addressed by a loopback name, not relayed by a proxy, not sent by a web
 * page. A reverse proxy on the same machine connects from loopback too;
 * its forwarding headers give it away. A page could reach 127.0.0.1 through
 * DNS rebinding; its Origin header (sent with every POST) and its Host give
 * it away. With VOXPOP_ADMIN_TOKEN set, the token is required as well.
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { isLoopback } from '../../client-address.js';
import { secretMatches, hashSecret } from '../../domain/credentials.js';
import { bearerToken } from '../body.js';
import { HttpError } from '../errors.js';
import { incomingOf } from './rate-limit.js';

const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip'];
const LOOPBACK_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i;

/** Why a request is not from this machine; null when it is (also GET /metrics's rule). */
export function notLocal(c: Context): string | null {
  const peer = incomingOf(c)?.socket.remoteAddress;
  if (!isLoopback(peer)) return `the request came from ${peer ?? 'an unknown address'}`;
  const relayed = FORWARDING_HEADERS.find((name) => c.req.header(name) !== undefined);
  if (relayed) return `the request was relayed by a proxy (${relayed})`;
  if (c.req.header('origin') !== undefined) return 'the request was sent by a web page (Origin)';
  if (!LOOPBACK_HOST.test(c.req.header('host') ?? '')) return 'the Host is not a loopback name';
  return null;
}

export function localOnly(adminToken: string | null) {
  const adminHash = adminToken === null ? null : hashSecret(adminToken);
  return createMiddleware(async function localOnly(c, next) {
    const refusal = notLocal(c);
    if (refusal) {
      throw new HttpError('forbidden', `admin endpoints answer only this machine: ${refusal}`);
    }
    if (adminHash) {
      const token = bearerToken(c);
      if (token === null)
        throw new HttpError('unauthorized', 'this endpoint needs the admin token');
      if (!secretMatches(token, adminHash))
        throw new HttpError('forbidden', 'the admin token is wrong');
    }
    await next();
  });
}
