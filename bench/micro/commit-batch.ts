/**
 * Why group commit: durable answers per second when each transaction carries
 * 1, 100 or 1,000 of them. voxpop's own database (the SQLite adapter's
 * pragmas, WAL at synchronous=FULL, its migrations) and its own answer
 * statement (`AnswerWrites`, as the group commit runs it), one
 * `db.transaction` per batch, each commit an fsync. Participants alternate
 * their choice, so every row is a real change.
 *
 *   node --import tsx bench/micro/commit-batch.ts [seconds per size=3]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalBus } from '../../server/bus/local.js';
import { openVoxpop } from '../../server/service/index.js';
import { AnswerWrites } from '../../server/store/sqlite/answers.js';
import { ParticipantWrites } from '../../server/store/sqlite/participants.js';
import { openSqliteStore } from '../../server/store/sqlite/index.js';
import { eventWithOpenPoll } from '../lib/open-poll.js';

const seconds = Math.min(30, Number(process.argv[2] ?? 3));
const PARTICIPANTS = 1000;
const dir = mkdtempSync(join(tmpdir(), 'voxpop-commit-'));
const store = openSqliteStore(join(dir, 'v.db'));
try {
  const voxpop = await openVoxpop(store, new LocalBus());
  const { event, poll } = await eventWithOpenPoll(voxpop, 'Commit', {
    question: 'Q',
    kind: 'single',
    options: ['A', 'B'],
  });
  voxpop.close();
  const participantWrites = new ParticipantWrites(store.db);
  const answerWrites = new AnswerWrites(store.db);
  const at = new Date().toISOString();
  const ids: number[] = [];
  store.db.transaction(() => {
    for (let p = 0; p < PARTICIPANTS; p++)
      ids.push(participantWrites.insert(event.record.id, Buffer.from(`c-${p}`.padEnd(32)), at));
  })();
  let n = 0;
  for (const batch of [1, 100, 1000]) {
    const write = store.db.transaction((rows: number) => {
      for (let i = 0; i < rows; i++, n++)
        answerWrites.put(
          poll.record.id,
          ids[n % PARTICIPANTS]!,
          // The choice's ballot: option A or B, changing every pass over the participants.
          1 << (Math.floor(n / PARTICIPANTS) % 2),
          null,
          at,
        );
    });
    let rows = 0;
    const started = performance.now();
    while (performance.now() - started < seconds * 1000) {
      write(batch);
      rows += batch;
    }
    const ms = performance.now() - started;
    console.log(
      `${String(batch).padStart(5)} rows per transaction: ${Math.round((rows / ms) * 1000).toLocaleString('en-US')} rows/s ` +
        `(${((ms / rows) * batch).toFixed(2)} ms per commit)`,
    );
  }
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
