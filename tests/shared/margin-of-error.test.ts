import { expect, test } from 'vitest';
import { marginOfError95 } from '../../shared/margin-of-error.js';

test('margin of error: none without voters, about ±10 points at 50% of 100', () => {
  expect(marginOfError95(0, 0)).toBeNull();
  expect(marginOfError95(50, 100)).toBeCloseTo(9.8, 1);
  expect(marginOfError95(100, 100)).toBe(0);
});
