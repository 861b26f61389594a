import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  DELIVERY_ATTEMPTS,
  forbiddenAddress,
  hostOf,
  newWebhookSecret,
  parseWebhookUrl,
  retryDelay,
  signature,
} from '../../server/domain/webhooks.js';

describe('which addresses may receive a delivery', () => {
  test.each([
    '127.0.0.1',
    '127.255.255.254',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.10',
    '169.254.169.254', // cloud metadata
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '64:ff9b::a00:1',
  ])('%s is refused', (address) => {
    expect(forbiddenAddress(address)).toMatch(/private, loopback, link-local or reserved/);
  });

  test.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '192.169.0.1', '2606:4700::6810:84e5'])(
    '%s is allowed',
    (address) => expect(forbiddenAddress(address)).toBeNull(),
  );

  test('what is not an address is refused, not let through', () => {
    expect(forbiddenAddress('localhost')).toBe('not an IP address');
  });
});

describe('the shape of a webhook URL', () => {
  test('http and https URLs without credentials pass', () => {
    expect(parseWebhookUrl('https://crm.example/hooks?x=1')).toBeInstanceOf(URL);
    expect(parseWebhookUrl('http://crm.example:8080/')).toBeInstanceOf(URL);
  });

  test.each([
    ['crm.example/hook', /not an absolute URL/],
    ['ftp://crm.example/', /http or https, not ftp/],
    ['file:///etc/passwd', /http or https, not file/],
    ['javascript:alert(1)', /http or https, not javascript/],
    ['https://user:pass@crm.example/', /user name or password/],
  ])('%s is refused', (url, message) => {
    expect(parseWebhookUrl(url)).toMatch(message);
  });

  test('an IPv6 host is handed to the resolver without brackets', () => {
    expect(hostOf(new URL('http://[::1]:8080/'))).toBe('::1');
    expect(hostOf(new URL('http://crm.example/'))).toBe('crm.example');
  });
});

describe('signatures', () => {
  test('HMAC-SHA256 of the body, hex, after sha256= (RFC 4231 test case 2)', () => {
    expect(signature('Jefe', 'what do ya want for nothing?')).toBe(
      'sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  test('any body and secret: what a receiver computes with its own HMAC', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string(), (secret, body) => {
        const expected = createHmac('sha256', secret).update(Buffer.from(body, 'utf8'));
        expect(signature(secret, body)).toBe(`sha256=${expected.digest('hex')}`);
      }),
    );
  });

  test('secrets are 256 random bits, never the same twice', () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newWebhookSecret()).not.toBe(a);
  });
});

describe('retries', () => {
  test('six attempts over about a minute, each wait twice the one before', () => {
    const delays: number[] = [];
    for (let attempts = 1; retryDelay(attempts, 2000) !== null; attempts++)
      delays.push(retryDelay(attempts, 2000)!);
    expect(delays).toEqual([2000, 4000, 8000, 16000, 32000]);
    expect(delays.length + 1).toBe(DELIVERY_ATTEMPTS);
    expect(delays.reduce((a, b) => a + b)).toBe(62_000);
    expect(retryDelay(DELIVERY_ATTEMPTS, 2000)).toBeNull();
  });
});
