/**
 * The rules of webhooks, without I/O: which URLs and addresses may receive a
 * delivery, how a delivery is signed, and when a failed one is tried again.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses a delivery never goes to: this machine, the private networks
 * behind it, and what is not a unicast address on the internet. A webhook
 * pointed there would let anyone who can create an event probe the
 * operator's network (server-side request forgery).
 */
const FORBIDDEN = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (and cloud metadata at 169.254.169.254)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
] as const) {
  FORBIDDEN.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b::', 96], // NAT64: reaches IPv4 addresses, private ones too
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local (private)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated, still private)
  ['ff00::', 8], // multicast
] as const) {
  FORBIDDEN.addSubnet(network, prefix, 'ipv6');
}

/**
 * What kind of address this is, when a delivery may not go to it ("a
 * private, … address"); null when it may. An IPv4-mapped IPv6 address
 * (::ffff:10.0.0.1) is judged by the IPv4 rules: BlockList maps it itself.
 */
export function forbiddenAddress(address: string): string | null {
  const family = isIP(address);
  if (family === 0) return 'not an IP address';
  return FORBIDDEN.check(address, family === 4 ? 'ipv4' : 'ipv6')
    ? 'a private, loopback, link-local or reserved address'
    : null;
}

/** A webhook URL's shape: an absolute http(s) URL without credentials. */
export function parseWebhookUrl(text: string): URL | string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'url is not an absolute URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `url must be http or https, not ${url.protocol.slice(0, -1)}`;
  if (url.username || url.password)
    return 'url must not carry a user name or password (the signature authenticates voxpop)';
  if (!url.hostname) return 'url has no host';
  return url;
}

/** The host of a URL as the resolver and `forbiddenAddress` take it (IPv6 without brackets). */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** A webhook's signing secret: 256 random bits, shown to the host once. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** `X-Voxpop-Signature`: the hex HMAC-SHA256 of the exact body bytes, keyed with the secret. */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** Attempts per delivery: the first and five retries. */
export const DELIVERY_ATTEMPTS = 6;

/**
 * How long after its `attempts`-th failed attempt a delivery is tried again
 * (ms): base, 2 base, 4 base ... With the default base of 2 s, six attempts
 * span 62 s. Null once the last attempt has failed: the delivery is dropped.
 */
export function retryDelay(attempts: number, baseMs: number): number | null {
  if (attempts >= DELIVERY_ATTEMPTS) return null;
  return baseMs * 2 ** (attempts - 1);
}
