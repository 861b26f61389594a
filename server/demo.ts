/**
 * The demo that `npm start` seeds on an empty database: the forum on
 * peace-building in the South Caucasus from DESIGN.md, its question open and
 * on screen, so a first visitor has something to vote on.
 */
import type { Voxpop } from './service/voxpop.js';
import type { LiveEvent } from './service/live.js';

export const DEMO_EVENT = {
  title: 'Prospects for peace-building in the South Caucasus',
  question: 'Can the European Union make a difference in the peace-building process?',
  options: ['Yes', 'No', 'Not sure'],
} as const;

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
export function ensureDemo(service: Voxpop): DemoEvent | null {
  const existing = service.demoEvent();
  if (existing) return { event: existing, hostKey: service.renewHostKey(existing), created: false };
  if (service.eventCount() > 0) return null;

  const { event, hostKey } = service.createEvent(DEMO_EVENT.title, { demo: true });
  const poll = service.createPoll(event, {
    question: DEMO_EVENT.question,
    kind: 'single',
    options: [...DEMO_EVENT.options],
  });
  if (!poll.ok) throw new Error(`the demo poll was refused: ${poll.code}`);
  service.changePoll(event, poll.value.record.id, { state: 'open' });
  service.setActivePoll(event, poll.value.record.id);
  return { event, hostKey, created: true };
}
