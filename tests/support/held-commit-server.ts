/**
 * voxpop started exactly as `server/main.ts` starts it, with one thing a test
 * steers from outside: when armed, the next SQLite transaction stops after its
 * statements and before its COMMIT, and the whole process waits there (as it
 * would in a very long fsync) until the test releases it or kills it.
 *
 * Run by tests/support/held-commit.ts as `node --import tsx <this file>`:
 *   - the test arms the hold by creating the file named by VOXPOP_TEST_ARM_FILE
 *     (the next transaction removes it, so one arming holds one transaction);
 *   - on fd 3 this process writes "held\n" once it is waiting before a COMMIT;
 *   - it reads one byte on fd 4 to go on and COMMIT.
 *
 * A hold, not a timed delay: whatever the server sent before its COMMIT has
 * been written by the time "held" is, and nothing after it can be, so a test
 * that kills it there decides from what it has received, not from timing.
 */
import { existsSync, readSync, rmSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';

const HELD_FD = 3;
const RELEASE_FD = 4;

const armFile = process.env.VOXPOP_TEST_ARM_FILE;
if (!armFile) throw new Error('VOXPOP_TEST_ARM_FILE must name the file that arms a hold');

function holdIfArmed(): void {
  if (!existsSync(armFile!)) return;
  rmSync(armFile!);
  writeSync(HELD_FD, 'held\n');
  const byte = Buffer.alloc(1);
  for (;;) {
    try {
      if (readSync(RELEASE_FD, byte, 0, 1, null) === 1) return;
      // The test went away without releasing: never COMMIT what it held.
      process.kill(process.pid, 'SIGKILL');
    } catch (error) {
      // A non-blocking pipe has nothing yet: wait a little without running the event loop.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

// better-sqlite3 runs `fn` between BEGIN and COMMIT; the hold goes at its end.
type Transaction = Database.Database['transaction'];
const transaction: Transaction = Database.prototype.transaction;
Database.prototype.transaction = function (this: Database.Database, fn) {
  return transaction.call(this, function (this: unknown, ...args: unknown[]) {
    const result = (fn as (...a: unknown[]) => unknown).apply(this, args);
    holdIfArmed();
    return result;
  });
} as Transaction;

await import('../../server/main.js');
