import { expect, test, vi } from 'vitest';

// Wrap the real timingSafeEqual so the test can see that matching goes through it.
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  return { ...real, timingSafeEqual: vi.fn(real.timingSafeEqual) };
});

const { timingSafeEqual } = await import('node:crypto');
const { hashSecret, newSecret, secretMatches, SECRET_BYTES } =
  await import('../../server/domain/credentials.js');

test('secrets are random, URL-safe and at least 128 bits', () => {
  expect(SECRET_BYTES * 8).toBeGreaterThanOrEqual(128);
  const secrets = new Set(Array.from({ length: 200 }, () => newSecret()));
  expect(secrets.size).toBe(200);
  for (const secret of secrets) {
    expect(secret).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(secret, 'base64url').length).toBe(SECRET_BYTES);
  }
});

test('the stored hash is a SHA-256 digest, not the secret', () => {
  const secret = newSecret();
  const hash = hashSecret(secret);
  expect(hash.length).toBe(32);
  expect(hash.toString('utf8')).not.toContain(secret);
  expect(hash.equals(hashSecret(secret))).toBe(true);
});

test('only the right secret matches, compared in constant time', () => {
  const secret = newSecret();
  const stored = hashSecret(secret);
  vi.mocked(timingSafeEqual).mockClear();
  expect(secretMatches(secret, stored)).toBe(true);
  expect(secretMatches(newSecret(), stored)).toBe(false);
  expect(secretMatches(secret.slice(0, -1), stored)).toBe(false);
  expect(secretMatches('', stored)).toBe(false);
  expect(vi.mocked(timingSafeEqual)).toHaveBeenCalledTimes(4);
});

test('a stored hash of another length never matches and never throws', () => {
  expect(secretMatches('anything', Buffer.alloc(5))).toBe(false);
});
