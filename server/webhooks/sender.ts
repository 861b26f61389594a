/**
 * The outbound side of webhooks: whether a URL may receive deliveries, and
 * one attempt to deliver. Where a host name points is judged on the
 * addresses it resolves to, at registration and again at every connection:
 * the socket connects only to the address that was checked, so a name that
 * re-resolves to a private address later (DNS rebinding) is refused too.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { WEBHOOK_HEADERS, type WebhookAttempt } from '../../shared/webhooks.js';
import { forbiddenAddress, hostOf, parseWebhookUrl, signature } from '../domain/webhooks.js';
import type { DeliveryRecord } from '../store/port.js';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** A host name's addresses, as the system resolver gives them. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (hostname) =>
  dnsLookup(hostname, { all: true, order: 'verbatim' });

export interface SenderOptions {
  /** Deliver to private, loopback and link-local addresses too (a closed network, tests). */
  allowPrivate: boolean;
  /** An attempt without a complete answer by then has failed (ms). */
  timeoutMs: number;
  resolve?: Resolver;
}

class RefusedAddressError extends Error {}

/** How long a registration waits for the resolver. */
const RESOLVE_TIMEOUT_MS = 5000;

export class WebhookSender {
  private readonly resolve: Resolver;

  constructor(private readonly options: SenderOptions) {
    this.resolve = options.resolve ?? systemResolver;
  }

  /** Why `text` may not receive deliveries, in words; null when it may. */
  async refusal(text: string): Promise<string | null> {
    const url = parseWebhookUrl(text);
    if (typeof url === 'string') return url;
    if (this.options.allowPrivate) return null;
    const host = hostOf(url);
    if (isIP(host)) {
      const kind = forbiddenAddress(host);
      return kind && refusedOf(host, `it is ${kind}`);
    }
    let addresses: ResolvedAddress[];
    try {
      addresses = await withTimeout(this.resolve(host), RESOLVE_TIMEOUT_MS);
    } catch {
      return `url's host ${host} could not be resolved`;
    }
    if (addresses.length === 0) return `url's host ${host} has no address`;
    for (const { address } of addresses) {
      const kind = forbiddenAddress(address);
      if (kind) return refusedOf(host, `it resolves to ${address}, ${kind}`);
    }
    return null;
  }

  /** One attempt: POST the body, signed; the outcome, never a rejection. */
  async send(delivery: DeliveryRecord, at: string): Promise<WebhookAttempt> {
    const failed = (error: string, status: number | null = null): WebhookAttempt => ({
      at,
      ok: false,
      status,
      error,
    });
    const url = parseWebhookUrl(delivery.url);
    if (typeof url === 'string') return failed(url);
    const host = hostOf(url);
    if (!this.options.allowPrivate && isIP(host)) {
      const kind = forbiddenAddress(host);
      if (kind) return failed(`refused: ${host} is ${kind}`);
    }
    const body = Buffer.from(delivery.body, 'utf8');
    const options: RequestOptions = {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': body.length,
        'User-Agent': 'voxpop-webhooks',
        [WEBHOOK_HEADERS.event]: delivery.type,
        [WEBHOOK_HEADERS.delivery]: delivery.id,
        [WEBHOOK_HEADERS.signature]: signature(delivery.secret, delivery.body),
      },
      lookup: this.options.allowPrivate ? undefined : this.guardedLookup(),
      timeout: this.options.timeoutMs,
    };
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<WebhookAttempt>((resolve) => {
      // One deadline for the whole attempt, answer included (`timeout` only watches idleness).
      const deadline = setTimeout(
        () => req.destroy(new Error(`no answer within ${this.options.timeoutMs} ms`)),
        this.options.timeoutMs,
      );
      const finish = (attempt: WebhookAttempt) => {
        clearTimeout(deadline);
        resolve(attempt);
      };
      const req = request(url, options, (res) => {
        const status = res.statusCode ?? 0;
        // The answer's body is not read, only drained: a 2xx is all that counts.
        res.resume();
        res.on('end', () =>
          finish(
            status >= 200 && status < 300
              ? { at, ok: true, status, error: null }
              : failed(`the receiver answered ${status}`, status),
          ),
        );
        res.on('error', (error) => finish(failed(error.message, status)));
      });
      req.on('timeout', () =>
        req.destroy(new Error(`no answer within ${this.options.timeoutMs} ms`)),
      );
      req.on('error', (error) =>
        finish(
          failed(
            error instanceof RefusedAddressError ? `refused: ${error.message}` : error.message,
          ),
        ),
      );
      req.end(body);
    });
  }

  /**
   * The resolver the socket connects through: every address the name
   * resolves to must be allowed, or the connection is refused before it is
   * made. Node asks for one address or (happy eyeballs) for all of them.
   */
  private guardedLookup(): LookupFunction {
    return (hostname, options, callback) => {
      this.resolve(hostname).then(
        (found) => {
          const addresses = options.family
            ? found.filter((a) => a.family === options.family)
            : found;
          for (const { address } of addresses) {
            const kind = forbiddenAddress(address);
            if (kind) {
              callback(
                new RefusedAddressError(`${hostname} resolves to ${address}, ${kind}`),
                '',
                0,
              );
              return;
            }
          }
          const first = addresses[0];
          if (!first) {
            const error = Object.assign(new Error(`${hostname} has no address`), {
              code: 'ENOTFOUND',
            });
            callback(error, '', 0);
          } else if (options.all) {
            (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, addresses);
          } else {
            callback(null, first.address, first.family);
          }
        },
        (error: NodeJS.ErrnoException) => callback(error, '', 0),
      );
    };
  }
}

function refusedOf(host: string, reason: string): string {
  return `url's host ${host} is not allowed: ${reason} (set VOXPOP_WEBHOOK_ALLOW_PRIVATE=1 on a closed network)`;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
