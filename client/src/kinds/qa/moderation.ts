/**
 * What the host's keys and buttons do to a question on the desk (desk.tsx),
 * as plain data: the change sent (PATCH questions/<id>), per list and key.
 * Marking a question answered or hiding it also takes it off the screen's
 * spotlight. Tested in tests/client/qa/editor.test.ts.
 */
import type { StaffKey } from '../../i18n/i18n.js';
import type { Question } from './list.js';

/** The desk's lists: by the status of their questions. */
export type Part = 'pending' | 'visible' | 'answered' | 'hidden';
export interface Change {
  status?: 'visible' | 'hidden' | 'answered';
  highlighted?: boolean;
}

/** The keys each list takes, beside J, K and the arrows. */
export const KEYS: Record<Part, string> = {
  pending: 'A H J K',
  visible: 'D H S J K',
  answered: 'A H S J K',
  hidden: 'A J K',
};

/** What a key (lower-cased) does to a question of a list, or null where it does nothing there. */
export function keyChange(part: Part, key: string, question: Question): Change | null {
  switch (key) {
    case 'a':
      return part === 'visible' ? null : { status: 'visible' };
    case 'h':
      return part === 'hidden' ? null : { status: 'hidden', highlighted: false };
    case 'd':
      // Done: it leaves the screen's spotlight too.
      return part === 'visible' ? { status: 'answered', highlighted: false } : null;
    case 's':
      return part === 'visible' || part === 'answered'
        ? { highlighted: !question.highlighted }
        : null;
    default:
      return null;
  }
}

/** What a change was doing, as the sentence its failure shows ("Could not hide the question"). */
export function doing(change: Change): StaffKey {
  if (change.status === 'visible') return 'desk.failed.approveQuestion';
  if (change.status === 'hidden') return 'desk.failed.hideQuestion';
  if (change.status === 'answered') return 'desk.failed.markAnswered';
  return change.highlighted ? 'desk.failed.highlightQuestion' : 'desk.failed.unhighlightQuestion';
}
