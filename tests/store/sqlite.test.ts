/** The SQLite adapter through the store contract, each case on its own temp file. */
import { join } from 'node:path';
import { openSqliteStore, type SqliteStore } from '../../server/store/sqlite/index.js';
import { cleanup, tempDir } from '../support/server.js';
import { storeContract } from './contract.js';

storeContract('SQLite', async () => {
  const dir = tempDir('voxpop-contract-');
  const path = join(dir, 'voxpop.db');
  const store = openSqliteStore(path);
  const readers: SqliteStore[] = [];
  return {
    store,
    // Its own connection to the file: it sees only what is committed.
    reader: async () => {
      const reader = openSqliteStore(path);
      readers.push(reader);
      return reader;
    },
    close: async () => {
      for (const reader of readers) await reader.close();
      await store.close();
      cleanup(dir);
    },
  };
});
