/**
 * Single and multiple choice. An answer names options by id; it is stored
 * as a bit mask over the poll's option positions (twenty options fit in 32
 * bits, and the tally rebuild groups by one integer), and counted under each
 * chosen option's id.
 */
import { describeIssues, LIMITS } from '../../../shared/protocol.js';
import {
  ChoiceAnswer,
  largestRemainderPercents,
  shareOfVotersPercents,
  type OptionResult,
} from '../../../shared/kinds/choice.js';
import type { Counters } from '../counters.js';
import { allow, deny, type Decision } from '../errors.js';
import type { PollRecord } from '../types.js';
import { optionsChanged, type KindRules } from './kind.js';

export interface ChoiceSettings {
  maxChoices: number;
}

type ChoiceKind = 'single' | 'multiple';
type ChoicePoll = PollRecord<ChoiceKind, ChoiceSettings>;
type ChoiceResults = { options: OptionResult[] };
type ChoiceView = { options: { id: number; label: string }[]; maxChoices: number };

/** Counter keys per poll version: the option ids as strings, made once, not per vote. */
export const keysOf = (() => {
  const cache = new WeakMap<PollRecord, string[]>();
  return (poll: PollRecord): string[] => {
    let keys = cache.get(poll);
    if (!keys) cache.set(poll, (keys = poll.options.map((o) => String(o.id))));
    return keys;
  };
})();

/** `{choices: [optionId]}`, checked for its shape only (the poll's fit is `encodeChoices`). */
export function parseChoices(raw: unknown): Decision<ChoiceAnswer> {
  // The shape nearly every vote has, checked without zod's allocations.
  const choices = (raw as { choices?: unknown } | null)?.choices;
  if (
    Array.isArray(choices) &&
    choices.length <= LIMITS.maxOptions &&
    choices.every(Number.isSafeInteger)
  ) {
    return allow(raw as ChoiceAnswer);
  }
  if (choices === undefined) {
    return deny(
      'invalid_choice',
      'this poll is a choice poll: answer with {"choices": [optionId]}',
    );
  }
  const parsed = ChoiceAnswer.safeParse(raw);
  return parsed.success ? allow(parsed.data) : deny('invalid_choice', describeIssues(parsed.error));
}

/** The chosen options as a bit mask over their positions, if they fit the poll. */
export function encodeChoices(
  poll: PollRecord,
  choices: readonly number[],
  maxChoices: number,
): Decision<number> {
  if (choices.length === 0) return deny('invalid_choice', 'choose at least one option');
  if (choices.length > maxChoices) {
    return deny(
      'invalid_choice',
      maxChoices === 1 ? 'choose exactly one option' : `choose at most ${maxChoices} options`,
    );
  }
  let ballot = 0;
  for (const id of choices) {
    let index = poll.options.length - 1;
    while (index >= 0 && poll.options[index]!.id !== id) index--;
    if (index < 0) return deny('invalid_choice', `option ${id} is not an option of this poll`);
    const bit = 2 ** index;
    if (ballot & bit) return deny('invalid_choice', `option ${id} is chosen twice`);
    ballot |= bit;
  }
  return allow(ballot >>> 0);
}

/** The option ids a bit mask names. */
export function choicesOf(poll: PollRecord, ballot: number): number[] {
  const ids: number[] = [];
  poll.options.forEach((option, index) => {
    if ((ballot >>> index) & 1) ids.push(option.id);
  });
  return ids;
}

/** The chosen options' labels, as the CSV shows them: `Borders; Water`. */
export const choiceText = (poll: PollRecord, ballot: number): string =>
  choicesOf(poll, ballot)
    .map((id) => poll.options.find((o) => o.id === id)!.label)
    .join('; ');

/** Count a bit mask under each chosen option's id. */
export function countChoices(
  poll: PollRecord,
  ballot: number,
  weight: number,
  counters: Counters,
): void {
  const keys = keysOf(poll);
  for (let i = 0; i < keys.length; i++) if ((ballot >>> i) & 1) counters.add(keys[i]!, weight);
}

function changeOptions(
  poll: ChoicePoll,
  patch: { options?: string[]; maxChoices?: number },
  hasAnswers: boolean,
  check: (maxChoices: number, optionCount: number) => string | null,
): Decision<{ settings: ChoiceSettings; options?: string[] }> {
  const labels = patch.options;
  const optionsChange = optionsChanged(poll, labels);
  if (optionsChange && hasAnswers) return deny('poll_has_votes');
  const optionCount = labels?.length ?? poll.options.length;
  let maxChoices = patch.maxChoices ?? poll.settings.maxChoices;
  if (patch.maxChoices === undefined && optionsChange && poll.kind === 'multiple') {
    // A limit of "all options" keeps that meaning; a limit never exceeds the options.
    maxChoices =
      poll.settings.maxChoices === poll.options.length
        ? optionCount
        : Math.min(maxChoices, optionCount);
  }
  if (maxChoices !== poll.settings.maxChoices && hasAnswers) return deny('poll_has_votes');
  const problem = check(maxChoices, optionCount);
  if (problem) return deny('invalid_body', `maxChoices: ${problem}`);
  return allow(
    optionsChange ? { settings: { maxChoices }, options: labels } : { settings: { maxChoices } },
  );
}

function choiceRules<K extends ChoiceKind>(
  kind: K,
  defaultMaxChoices: (optionCount: number) => number,
  checkMaxChoices: (maxChoices: number, optionCount: number) => string | null,
  percents: (counts: readonly number[], voters: number) => number[],
): KindRules<K, ChoiceSettings, number, ChoiceAnswer, ChoiceResults, ChoiceView> {
  return {
    kind,
    settle(body) {
      const maxChoices = body.maxChoices ?? defaultMaxChoices(body.options.length);
      const problem = checkMaxChoices(maxChoices, body.options.length);
      if (problem) return deny('invalid_body', `maxChoices: ${problem}`);
      return allow({ options: body.options, settings: { maxChoices } });
    },
    change: (poll, patch, hasAnswers) => changeOptions(poll, patch, hasAnswers, checkMaxChoices),
    parse: parseChoices,
    encode: (poll, { choices }) => encodeChoices(poll, choices, poll.settings.maxChoices),
    count: countChoices,
    results(poll, counters) {
      const keys = keysOf(poll);
      const counts = keys.map((key) => counters.get(key));
      const shares = percents(counts, counters.voters);
      return {
        options: poll.options.map((o, i) => ({
          id: o.id,
          label: o.label,
          count: counts[i]!,
          percent: shares[i]!,
        })),
      };
    },
    answerOf: (poll, ballot) => ({ choices: choicesOf(poll, ballot) }),
    text: choiceText,
    choices: choicesOf,
    view: (poll) => ({
      options: poll.options.map((o) => ({ id: o.id, label: o.label })),
      maxChoices: poll.settings.maxChoices,
    }),
  };
}

/** One option per voter; percents are integers summing to exactly 100. */
export const single: KindRules<'single', ChoiceSettings, number> = choiceRules(
  'single',
  () => 1,
  (maxChoices) => (maxChoices === 1 ? null : 'a single-choice poll has maxChoices 1'),
  (counts) => largestRemainderPercents(counts),
);

/** Up to maxChoices options per voter; each percent is a share of voters. */
export const multiple: KindRules<'multiple', ChoiceSettings, number> = choiceRules(
  'multiple',
  (optionCount) => optionCount,
  (maxChoices, optionCount) =>
    maxChoices >= 1 && maxChoices <= optionCount
      ? null
      : `maxChoices must be between 1 and the number of options (${optionCount})`,
  shareOfVotersPercents,
);
