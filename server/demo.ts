/**
 * The demo that `npm start` seeds on an empty database: the forum on
 * peace-building in the South Caucasus (the README), its question open and
 * on screen and translated into the forum's languages, so a first visitor
 * has something to vote on in their own, and drafts the host
 * can open next: a word cloud, open text approved before it is shown,
 * questions for the panel (Q&A), and a two-question quiz for the break.
 */
import type { CreatePollBody } from '../shared/protocol.js';
import { orThrow } from './domain/errors.js';
import type { LiveEvent, Voxpop } from './service/index.js';

export const DEMO_EVENT = {
  title: 'Prospects for peace-building in the South Caucasus',
  question: 'Can the European Union make a difference in the peace-building process?',
  options: ['Yes', 'No', 'Not sure'],
  /** The forum's languages beside English, and its question in each. */
  languages: ['ru', 'ka', 'hy', 'az'],
  translations: {
    ru: {
      question: 'Может ли Европейский союз изменить ситуацию в процессе миростроительства?',
      options: ['Да', 'Нет', 'Затрудняюсь ответить'],
    },
    ka: {
      question: 'შეუძლია თუ არა ევროკავშირს ცვლილების შეტანა მშვიდობის მშენებლობის პროცესში?',
      options: ['დიახ', 'არა', 'არ ვარ დარწმუნებული'],
    },
    hy: {
      question: 'Կարո՞ղ է Եվրոպական միությունը փոփոխություն բերել խաղաղաշինության գործընթացում։',
      options: ['Այո', 'Ոչ', 'Վստահ չեմ'],
    },
    az: {
      question: 'Avropa İttifaqı sülh quruculuğu prosesində fərq yarada bilərmi?',
      options: ['Bəli', 'Xeyr', 'Əmin deyiləm'],
    },
  },
  /** Drafts, for the host to open when the room is ready. */
  next: [
    { question: 'In one word: what does peace in the region need most?', kind: 'wordcloud' },
    {
      question: 'What should the next session of the forum discuss?',
      kind: 'text',
      moderation: 'pre',
    },
    { question: 'Questions for the panel', kind: 'qa' },
    {
      question: 'Quiz: which river flows through Tbilisi?',
      kind: 'quiz',
      options: ['Mtkvari (Kura)', 'Rioni', 'Aras', 'Enguri'],
      correct: [0],
      timeLimit: 20,
    },
    {
      question: 'Quiz: which is the highest mountain of the Caucasus?',
      kind: 'quiz',
      options: ['Kazbek', 'Elbrus', 'Shkhara'],
      correct: [1],
      timeLimit: 15,
    },
  ] satisfies CreatePollBody[],
};

export interface DemoEvent {
  event: LiveEvent;
  hostKey: string;
  created: boolean;
}

/**
 * Create the demo on an empty database, or find it again. Its host key is
 * renewed at every start (keys are stored only as hashes, so the old one
 * cannot be shown again) and printed; events people create keep theirs.
 */
export async function ensureDemo(voxpop: Voxpop): Promise<DemoEvent | null> {
  const existing = voxpop.events.demo();
  if (existing) {
    return { event: existing, hostKey: await voxpop.events.renewHostKey(existing), created: false };
  }
  if (voxpop.events.count() > 0) return null;

  const { event, hostKey } = await voxpop.events.create(DEMO_EVENT.title, { demo: true });
  await voxpop.events.change(event, { languages: [...DEMO_EVENT.languages] });
  const poll = orThrow(
    await voxpop.polls.create(event, {
      question: DEMO_EVENT.question,
      kind: 'single',
      options: [...DEMO_EVENT.options],
      translations: DEMO_EVENT.translations,
    }),
  );
  orThrow(await voxpop.polls.change(event, poll.record.id, { state: 'open' }));
  orThrow(await voxpop.events.setActivePoll(event, poll.record.id));
  for (const draft of DEMO_EVENT.next) orThrow(await voxpop.polls.create(event, { ...draft }));
  return { event, hostKey, created: true };
}
