/**
 * The bus within one process: a publish is delivered to the event's
 * listeners before it returns, so a socket that joined (and was welcomed)
 * before a change hears of it, and one that joins after finds it in its
 * welcome. Order per event is the order of publishing.
 */
import type { Bus, BusListener, BusMessage } from './port.js';

export class LocalBus implements Bus {
  private readonly listeners = new Map<string, Set<BusListener>>();

  publish(message: BusMessage): void {
    const listeners = this.listeners.get(message.event);
    if (listeners) for (const listener of listeners) listener(message);
  }

  subscribe(event: string, listener: BusListener): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(event) === set) this.listeners.delete(event);
    };
  }

  linkState(): null {
    return null;
  }

  /** One process has no link to lose. */
  onReady(): void {}

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
