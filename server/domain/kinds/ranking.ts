/**
 * Ranking: every option of the poll, once, in order. Stored as the option
 * ids in that order ("12,10,11"), and counted as the sum of each option's
 * 1-based positions: a single counter per option gives both the Borda
 * points (voters × n − that sum) and the average position (sum / voters).
 */
import { describeIssues, LIMITS } from '../../../shared/protocol.js';
import { competitionRanks, RankingAnswer } from '../../../shared/kinds/ranking.js';
import { allow, deny, type Decision } from '../errors.js';
import { defineRules, optionsChanged } from './kind.js';

export type RankingSettings = Record<string, never>;

function parse(raw: unknown): Decision<RankingAnswer> {
  const order = (raw as { order?: unknown } | null)?.order;
  if (
    Array.isArray(order) &&
    order.length <= LIMITS.maxOptions &&
    order.every(Number.isSafeInteger)
  ) {
    return allow(raw as RankingAnswer);
  }
  if (order === undefined) {
    return deny(
      'invalid_choice',
      'this poll is a ranking: answer with {"order": [optionId, ...]}, every option once',
    );
  }
  const parsed = RankingAnswer.safeParse(raw);
  return parsed.success
    ? allow(parsed.data)
    : deny('invalid_choice', `an order is a list of option ids: ${describeIssues(parsed.error)}`);
}

const idsOf = (stored: string) => stored.split(',').map(Number);

export const ranking = defineRules<'ranking', RankingSettings, string>({
  kind: 'ranking',
  settle: (body) => allow({ options: body.options, settings: {} }),
  change(poll, patch, hasAnswers) {
    const labels = patch.options;
    const changed = optionsChanged(poll, labels);
    if (changed && hasAnswers) return deny('poll_has_votes');
    return allow(changed ? { settings: {}, options: labels } : { settings: {} });
  },
  parse,
  encode(poll, { order }) {
    const n = poll.options.length;
    if (order.length !== n) {
      return deny('invalid_choice', `put all ${n} options in order, each once`);
    }
    const seen = new Set<number>();
    for (const id of order) {
      if (!poll.options.some((o) => o.id === id)) {
        return deny('invalid_choice', `option ${id} is not an option of this poll`);
      }
      if (seen.has(id)) return deny('invalid_choice', `option ${id} is ranked twice`);
      seen.add(id);
    }
    return allow(order.join(','));
  },
  count(_poll, stored, weight, counters) {
    idsOf(stored).forEach((id, position) => counters.add(String(id), (position + 1) * weight));
  },
  results(poll, counters) {
    const n = poll.options.length;
    const voters = counters.voters;
    const positionSums = poll.options.map((o) => counters.get(String(o.id)));
    const points = positionSums.map((sum) => (voters === 0 ? 0 : voters * n - sum));
    const ranks = competitionRanks(points);
    return {
      options: poll.options.map((o, i) => ({
        id: o.id,
        label: o.label,
        points: points[i]!,
        rank: ranks[i]!,
        averagePosition: voters === 0 ? null : Math.round((positionSums[i]! * 100) / voters) / 100,
      })),
    };
  },
  answerOf: (_poll, stored) => ({ order: idsOf(stored) }),
  text: (poll, stored) =>
    idsOf(stored)
      .map((id, i) => `${i + 1}. ${poll.options.find((o) => o.id === id)?.label ?? id}`)
      .join('; '),
  view: (poll) => ({ options: poll.options.map((o) => ({ id: o.id, label: o.label })) }),
});
