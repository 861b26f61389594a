/**
 * Host keys and participant tokens: random, shown once, stored only as a
 * SHA-256 hash, compared in constant time. A fast hash is right here because
 * the secrets are 192 random bits, not passwords a person chose.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const SECRET_BYTES = 24; // 192 bits

export function newSecret(): string {
  return randomBytes(SECRET_BYTES).toString('base64url');
}

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

export function secretMatches(secret: string, storedHash: Buffer): boolean {
  const presented = hashSecret(secret);
  return presented.length === storedHash.length && timingSafeEqual(presented, storedHash);
}
