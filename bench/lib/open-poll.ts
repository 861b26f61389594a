/**
 * An event with one open poll, made through the service: what the benches
 * that run voxpop's code in their own process vote on.
 */
import type { CreatePollBody } from '../../shared/protocol.js';
import { orThrow } from '../../server/domain/errors.js';
import type { LiveEvent, LivePoll, Voxpop } from '../../server/service/index.js';

/** A poll created and opened on `event`, as a host would over HTTP. */
export async function openPoll(
  voxpop: Voxpop,
  event: LiveEvent,
  body: CreatePollBody,
): Promise<LivePoll> {
  const created = orThrow(await voxpop.polls.create(event, body));
  return orThrow(await voxpop.polls.change(event, created.record.id, { state: 'open' }));
}

export async function eventWithOpenPoll(
  voxpop: Voxpop,
  title: string,
  body: CreatePollBody,
): Promise<{ event: LiveEvent; poll: LivePoll }> {
  const { event } = await voxpop.events.create(title);
  return { event, poll: await openPoll(voxpop, event, body) };
}
