/**
 * SVG to PNG with resvg, without holding up votes: each picture is drawn and
 * encoded in a worker thread (resvg's own async render still decodes its
 * pixels and compresses the PNG on the main thread: 20–80 ms at 1600x900),
 * at most `concurrency` at a time (the others wait their turn in a bounded
 * queue, or are refused with `images_busy`), with DejaVu Sans from the
 * installed package and no system fonts, so a picture is the same on every
 * machine. The same SVG drawn a moment ago (a slide deck refreshing) is
 * answered from a small cache, and two requests for one picture share one
 * drawing.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { FONT_FAMILY } from './results-svg.js';

const require = createRequire(import.meta.url);

const RESVG_OPTIONS: ResvgRenderOptions = {
  font: {
    loadSystemFonts: false,
    fontFiles: [
      require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
      require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
    ],
    defaultFontFamily: FONT_FAMILY,
    sansSerifFamily: FONT_FAMILY,
  },
  logLevel: 'off',
};

/**
 * The worker, as plain JavaScript (the same under tsx, the tests and the
 * built server): one SVG in, its PNG's bytes out, or the error's message.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', (svg) => {
  try {
    const png = new Resvg(svg, workerData.options).render().asPng();
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength).slice();
    parentPort.postMessage({ png: bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
});
`;

/** More pictures asked for than are drawn and queued: the route answers 503 `images_busy`. */
export class RendererBusyError extends Error {}

/** A worker that draws one picture at a time. */
class DrawingThread {
  private readonly worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { resvg: require.resolve('@resvg/resvg-js'), options: RESVG_OPTIONS },
  });
  /** False once the thread has died (it is then never handed a picture again). */
  alive = true;

  constructor() {
    // An idle drawing thread does not keep the process alive.
    this.worker.unref();
    this.worker.once('exit', () => (this.alive = false));
  }

  draw(svg: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const died = (error: unknown) => {
        this.worker.off('message', done);
        reject(
          error instanceof Error
            ? error
            : new Error(`the drawing thread stopped (${String(error)})`),
        );
      };
      const done = (answer: { png?: Uint8Array; error?: string }) => {
        this.worker.off('error', died).off('exit', died);
        if (answer.png)
          resolve(Buffer.from(answer.png.buffer, answer.png.byteOffset, answer.png.byteLength));
        else reject(new Error(`resvg: ${answer.error}`));
      };
      this.worker.once('message', done);
      this.worker.once('error', died).once('exit', died);
      this.worker.postMessage(svg);
    });
  }
}

export interface PngRendererOptions {
  /** Pictures drawn at once (each takes a thread of the pool). */
  concurrency?: number;
  /** Pictures that may wait for a turn; one more is refused. */
  queue?: number;
  /** How long a drawn picture is answered from the cache. */
  cacheMs?: number;
  /** Pictures kept in the cache (the oldest goes first). */
  cacheEntries?: number;
}

export class PngRenderer {
  private readonly concurrency: number;
  private readonly queueLimit: number;
  private readonly cacheMs: number;
  private readonly cacheEntries: number;
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  /** By the SVG's hash: its PNG and when it was drawn; insertion order is age. */
  private readonly cache = new Map<string, { png: Buffer; at: number }>();
  private readonly drawing = new Map<string, Promise<Buffer>>();
  private readonly idle: DrawingThread[] = [];

  constructor(options: PngRendererOptions = {}) {
    this.concurrency = options.concurrency ?? 2;
    this.queueLimit = options.queue ?? 16;
    this.cacheMs = options.cacheMs ?? 10_000;
    this.cacheEntries = options.cacheEntries ?? 32;
  }

  /** The PNG of `svg`: from the cache, from a drawing under way, or drawn now. */
  async render(svg: string): Promise<Buffer> {
    const key = createHash('sha256').update(svg).digest('base64url');
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at < this.cacheMs) return cached.png;
    const under = this.drawing.get(key);
    if (under) return under;
    const drawn = this.draw(svg).then((png) => {
      this.remember(key, png);
      return png;
    });
    this.drawing.set(key, drawn);
    try {
      return await drawn;
    } finally {
      this.drawing.delete(key);
    }
  }

  private async draw(svg: string): Promise<Buffer> {
    await this.acquire();
    // A turn means a thread is free: an idle one, or a new one while fewer than `concurrency` exist.
    const thread = this.idle.pop() ?? new DrawingThread();
    try {
      return await thread.draw(svg);
    } finally {
      // A thread that died is dropped: the next turn starts a new one.
      if (thread.alive) this.idle.push(thread);
      this.release();
    }
  }

  /** A turn to draw: at once while fewer than `concurrency` draw, else in the queue. */
  private async acquire(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return;
    }
    if (this.waiting.length >= this.queueLimit)
      throw new RendererBusyError('more pictures asked for than are drawn and queued');
    // The turn is handed over by release(): `running` stays as it is.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }

  private remember(key: string, png: Buffer): void {
    this.cache.delete(key);
    this.cache.set(key, { png, at: Date.now() });
    for (const [old, entry] of this.cache) {
      if (this.cache.size <= this.cacheEntries && Date.now() - entry.at < this.cacheMs) break;
      this.cache.delete(old);
    }
  }
}
