/**
 * voxpop's service in the test's own process, for tests that set up state
 * faster than HTTP would (a database of some size, many polls at once).
 */
import type { CreatePollBody } from '../../shared/protocol.js';
import { orThrow } from '../../server/domain/errors.js';
import { LocalBus } from '../../server/bus/local.js';
import {
  openVoxpop,
  type LiveEvent,
  type LivePoll,
  type Voxpop,
} from '../../server/service/index.js';
import { openSqliteStore, type SqliteStore } from '../../server/store/sqlite/index.js';

/** A poll created and opened through the service. */
export async function openPoll(
  voxpop: Voxpop,
  event: LiveEvent,
  body: CreatePollBody,
): Promise<LivePoll> {
  const poll = orThrow(await voxpop.polls.create(event, body));
  return orThrow(await voxpop.polls.change(event, poll.record.id, { state: 'open' }));
}

/** The service on a database file, with no server around it; `close` when done. */
export async function voxpopOn(path: string): Promise<{
  voxpop: Voxpop;
  store: SqliteStore;
  close(): Promise<void>;
}> {
  const store = openSqliteStore(path);
  const bus = new LocalBus();
  const voxpop = await openVoxpop(store, bus);
  return {
    voxpop,
    store,
    close: async () => {
      voxpop.close();
      await store.close();
    },
  };
}
