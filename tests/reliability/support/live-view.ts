/**
 * What a host or presenter screen shows, rebuilt from its socket's messages:
 * per poll, the results of the latest `welcome`, `poll` or `tally` that
 * carried them. Each of those is built from the live tally at the moment it
 * is sent, and a socket delivers in order, so the latest one is the screen.
 */
import WebSocket from 'ws';
import type { ServerMessage } from '../../../shared/protocol.js';
import { optionsOf } from '../../support/results.js';

export interface ShownTally {
  total: number;
  counts: number[];
}

export class LiveView {
  readonly polls = new Map<number, ShownTally>();
  readonly messages: ServerMessage[] = [];
  private listeners: (() => void)[] = [];

  constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as ServerMessage;
      this.messages.push(message);
      this.apply(message);
      for (const listener of this.listeners) listener();
    });
  }

  /** Open a socket and join; resolves once the welcome is in. */
  static async join(
    url: string,
    join: {
      event: string;
      role: 'host' | 'presenter' | 'attendee';
      hostKey?: string;
      token?: string;
    },
  ): Promise<LiveView> {
    const ws = new WebSocket(url.replace(/^http/, 'ws') + '/ws');
    ws.on('error', () => {});
    const view = new LiveView(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    ws.send(JSON.stringify({ type: 'join', ...join }));
    await view.until(() => view.messages.some((m) => m.type === 'welcome'), 10_000, 'welcome');
    return view;
  }

  /** Resolves when `test` holds (checked now and after every message); rejects after the timeout. */
  until(test: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const listener = () => {
        if (!test()) return;
        done();
        resolve();
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${what}: not seen within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
      };
      this.listeners.push(listener);
    });
  }

  close(): void {
    this.ws.close();
  }

  private apply(message: ServerMessage): void {
    switch (message.type) {
      case 'welcome':
        this.polls.clear();
        for (const poll of message.polls) {
          if (poll.results) this.polls.set(poll.id, shown(poll.results));
        }
        return;
      case 'poll':
        if (message.poll.results) this.polls.set(message.poll.id, shown(message.poll.results));
        return;
      case 'tally':
        this.polls.set(message.pollId, shown(message));
        return;
      case 'poll_deleted':
        this.polls.delete(message.pollId);
        return;
      default:
        return;
    }
  }
}

function shown(results: { kind: string; total: number }): ShownTally {
  return { total: results.total, counts: optionsOf(results).map((o) => o.count) };
}
