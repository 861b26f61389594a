/**
 * Who is asking: the address rate limits are keyed on, and the test the
 * admin endpoint applies. Used by http and realtime alike.
 */
import { isIPv6 } from 'node:net';
import type { IncomingMessage } from 'node:http';

/**
 * The client's address. Directly connected: the socket's peer. Behind
 * `trustedProxies` reverse proxies (VOXPOP_TRUST_PROXY): the entry of
 * X-Forwarded-For that the outermost trusted proxy wrote, counted from the
 * right. Not the leftmost entry: a proxy that appends (nginx's
 * $proxy_add_x_forwarded_for, Traefik, HAProxy) keeps whatever the client
 * sent on the left, so the leftmost entry is the client's to choose.
 */
export function clientAddress(
  incoming: IncomingMessage | undefined,
  trustedProxies: number,
): string {
  const peer = incoming?.socket.remoteAddress ?? 'unknown';
  if (trustedProxies === 0 || incoming === undefined) return peer;
  const header = incoming.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  // Fewer hops than proxies: the request did not come through all of them.
  return hops[hops.length - trustedProxies] ?? hops[0] ?? peer;
}

/**
 * The key a per-address limit counts under. IPv4 (also IPv4-mapped IPv6) as
 * is; IPv6 by its /64, since one machine usually holds a whole /64 and could
 * otherwise take a fresh address for every request.
 */
export function rateKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.split('%')[0]!.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const fill =
    tail === undefined ? [] : new Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''));
}

/** True for 127.0.0.0/8 and ::1 (and their IPv4-mapped form). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return /^(::ffff:)?127\.\d+\.\d+\.\d+$/i.test(address) || address === '::1';
}
