/**
 * An event with one open single-choice poll, made through the service: what
 * the benches that run voxpop's code in their own process vote on.
 */
import type { Voxpop } from '../../server/service/voxpop.js';

export function eventWithOpenPoll(service: Voxpop, title: string, options: string[]) {
  const { event } = service.createEvent(title);
  const created = service.createPoll(event, { question: 'Q', kind: 'single', options });
  if (!created.ok) throw new Error(created.code);
  const opened = service.changePoll(event, created.value.record.id, { state: 'open' });
  if (!opened.ok) throw new Error(opened.code);
  return { event, poll: opened.value };
}
