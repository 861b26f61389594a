/**
 * English, what a phone reads: the join and vote pages, every kind's ballot
 * and results, and the errors an attendee can meet. The keys of this file
 * are the keys every language's attendee.ts must have.
 */
export default {
  'language.label': 'Language',
  'vote.answersCount': { one: '{count} answer', other: '{count} answers' },
} as const;
