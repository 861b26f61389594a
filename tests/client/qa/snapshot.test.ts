/**
 * The no-reshuffle rule of the phone's list of questions
 * (client/src/kinds/qa/snapshot.ts): while the attendee reads, what is shown
 * keeps its order and a pill counts what is new or moved; at rest, the
 * latest list applies at once.
 */
import { describe, expect, it } from 'vitest';
import { longestRisingRun, snapshot, waitingLabel } from '../../../client/src/kinds/qa/snapshot.js';

const q = (id: number, upvotes = 0) => ({ id, upvotes });
const ids = (list: { id: number }[]) => list.map((x) => x.id);

describe('snapshot', () => {
  it('the first list, and any list at rest, is the latest as it is', () => {
    const latest = [q(3, 5), q(1, 2), q(2, 0)];
    expect(snapshot(null, latest, false)).toEqual({ questions: latest, waiting: 0 });
    expect(snapshot([1, 2, 3], latest, true)).toEqual({ questions: latest, waiting: 0 });
  });

  it('while reading, a new question does not push the list down: the pill counts it', () => {
    const latest = [q(9, 0), q(1, 3), q(2, 1)];
    const view = snapshot([1, 2], latest, false);
    expect(ids(view.questions)).toEqual([1, 2]);
    expect(view.waiting).toBe(1);
  });

  it('while reading, a question that climbs keeps its place; its new count shows in place', () => {
    // 3 overtook 1 and 2.
    const latest = [q(3, 9), q(1, 4), q(2, 2)];
    const view = snapshot([1, 2, 3], latest, false);
    expect(view.questions).toEqual([q(1, 4), q(2, 2), q(3, 9)]);
    expect(view.waiting).toBe(1);
  });

  it('counts changing without a change of order apply at once, with no pill', () => {
    const latest = [q(1, 6), q(2, 5)];
    expect(snapshot([1, 2], latest, false)).toEqual({ questions: latest, waiting: 0 });
  });

  it('a question that left the list (hidden by the host) leaves at once, without a pill', () => {
    const latest = [q(1), q(3)];
    expect(snapshot([1, 2, 3], latest, false)).toEqual({ questions: latest, waiting: 0 });
  });

  it('new and moved add up on the pill', () => {
    // 4 and 5 are new; 3 moved to the top.
    const latest = [q(4, 9), q(3, 8), q(1, 5), q(2, 4), q(5, 0)];
    const view = snapshot([1, 2, 3], latest, false);
    expect(ids(view.questions)).toEqual([1, 2, 3]);
    expect(view.waiting).toBe(3);
    expect(waitingLabel(view.waiting)).toBe('3 new / updated');
  });

  it('tapping the pill is taking the latest as shown: nothing waits any more', () => {
    const latest = [q(4, 9), q(3, 8), q(1, 5)];
    expect(snapshot(ids(latest), latest, false)).toEqual({ questions: latest, waiting: 0 });
  });
});

describe('longestRisingRun', () => {
  it('is the part of an order that did not move', () => {
    expect(longestRisingRun([])).toBe(0);
    expect(longestRisingRun([0, 1, 2, 3])).toBe(4);
    expect(longestRisingRun([1, 2, 3, 0])).toBe(3);
    expect(longestRisingRun([3, 2, 1, 0])).toBe(1);
    expect(longestRisingRun([0, 4, 1, 2, 3])).toBe(4);
  });
});
