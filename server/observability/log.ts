/**
 * voxpop's one logger. Text (the default) prints the lines a person reads in
 * a terminal, as voxpop always has: information on stdout, warnings and
 * errors on stderr, prefixed "voxpop:". JSON (VOXPOP_LOG_FORMAT=json) writes
 * one object a line on stdout, through pino, for a log shipper: level, time,
 * msg, pid, hostname, and the fields each call gives (`event`, a stable code
 * to filter on, always; `reqId`, `pollId`, `err`... where known).
 *
 * VOXPOP_LOG=silent keeps errors only: a failed commit or an unexpected
 * error still needs a person, whatever the verbosity.
 */
import { format } from 'node:util';
import pino from 'pino';

export type LogFormat = 'text' | 'json';

/** `event` says what happened in a word or two (`listening`, `commit_failed`); `err` an Error. */
export interface LogFields {
  event: string;
  err?: unknown;
  [field: string]: unknown;
}

export interface Logger {
  info(msg: string, fields: LogFields): void;
  warn(msg: string, fields: LogFields): void;
  error(msg: string, fields: LogFields): void;
}

export interface LogSettings {
  format: LogFormat;
  /** `info`: every line; `error`: errors only (VOXPOP_LOG=silent). */
  level: 'info' | 'error';
}

/** Where the lines go, one line (no newline) a call: the console unless given (a test reads them). */
export interface LogStreams {
  out(line: string): void;
  err(line: string): void;
}

/** console.log and console.error, as voxpop always wrote (and tests watch). */
const CONSOLE: LogStreams = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

/** The logger VOXPOP_LOG and VOXPOP_LOG_FORMAT ask for. */
export function loggerFor(config: { log: boolean; logFormat: LogFormat }): Logger {
  return createLogger({ format: config.logFormat, level: config.log ? 'info' : 'error' });
}

export function createLogger(settings: LogSettings, streams?: LogStreams): Logger {
  return settings.format === 'json'
    ? jsonLogger(settings, streams?.out)
    : textLogger(settings, streams ?? CONSOLE);
}

/** For parts started without a logger of their own (tests, tools): text, every line. */
export const DEFAULT_LOG: Logger = createLogger({ format: 'text', level: 'info' });

function textLogger(settings: LogSettings, streams: LogStreams): Logger {
  const quiet = settings.level === 'error';
  // Errors as console.error prints them: the message, then the error's stack.
  const problem = (msg: string, { err }: LogFields) =>
    streams.err(err === undefined ? `voxpop: ${msg}` : format(`voxpop: ${msg}:`, err));
  return {
    info: (msg) => {
      if (!quiet) streams.out(msg);
    },
    warn: (msg, fields) => {
      if (!quiet) problem(msg, fields);
    },
    error: problem,
  };
}

function jsonLogger(settings: LogSettings, out?: LogStreams['out']): Logger {
  // pino writes whole lines, newline included.
  const destination = out && { write: (line: string) => out(line.replace(/\n$/, '')) };
  const logger = pino(
    {
      level: settings.level,
      // "level":"info" rather than pino's 30: readable without a table.
      formatters: { level: (label) => ({ level: label }) },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    // Synchronous: the line before process.exit() is written, not lost.
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
  return {
    info: (msg, fields) => logger.info(fields, msg),
    warn: (msg, fields) => logger.warn(fields, msg),
    error: (msg, fields) => logger.error(fields, msg),
  };
}
