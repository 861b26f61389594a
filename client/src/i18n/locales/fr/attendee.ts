import type { AttendeeCatalogue } from '../types.js';

export default {
  'language.label': 'Langue',
  'vote.answersCount': {
    one: '{count} réponse',
    many: '{count} de réponses',
    other: '{count} réponses',
  },
} satisfies AttendeeCatalogue;
