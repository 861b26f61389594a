/**
 * A voxpop in this process that can be stopped and started again on the same
 * SQLite file and the same port (a graceful restart: what an operator's
 * `systemctl restart` does). Crash restarts use startChildServer instead.
 */
import { join } from 'node:path';
import { loadConfig } from '../../../server/config.js';
import { startVoxpop, type RunningVoxpop } from '../../../server/server.js';
import { cleanup, ROOT, tempDir } from '../../support/server.js';
import { LIFTED_LIMITS } from './config.js';

export class RestartableServer {
  restarts = 0;

  private constructor(
    private running: RunningVoxpop,
    readonly dir: string,
    readonly dbPath: string,
    private readonly env: Record<string, string>,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<RestartableServer> {
    const dir = tempDir('voxpop-reliability-');
    const dbPath = join(dir, 'voxpop.db');
    const all = { ...LIFTED_LIMITS, ...env, VOXPOP_DB: dbPath };
    return new RestartableServer(await boot(all, 0), dir, dbPath, all);
  }

  get url(): string {
    return this.running.url;
  }

  get voxpop(): RunningVoxpop {
    return this.running;
  }

  /** Graceful stop (queued votes committed, sockets closed with 1001), then start on the same file and port. */
  async restart(): Promise<void> {
    const port = this.running.port;
    await this.running.close();
    this.running = await boot(this.env, port);
    this.restarts++;
  }

  async dispose(): Promise<void> {
    await this.running.close();
    cleanup(this.dir);
  }
}

function boot(env: Record<string, string>, port: number): Promise<RunningVoxpop> {
  const config = loadConfig(
    { PORT: String(port), HOST: '127.0.0.1', VOXPOP_DEMO: '0', ...env },
    join(ROOT, 'dist/client'),
  );
  return startVoxpop(config);
}
