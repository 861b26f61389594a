import type { AttendeeCatalogue } from '../types.js';

export default {
  'language.label': 'Язык',
  'vote.answersCount': {
    one: '{count} ответ',
    few: '{count} ответа',
    many: '{count} ответов',
    other: '{count} ответа',
  },
} satisfies AttendeeCatalogue;
