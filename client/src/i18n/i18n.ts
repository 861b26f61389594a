/**
 * The pages' words: one catalogue per language and audience, loaded on
 * demand, and the Intl formatting of numbers, percentages and dates in the
 * reader's language.
 *
 * A page starts with `startI18n` (the parts it needs, the language to speak),
 * renders once that resolves, and reads every string through `t`. A phone
 * loads only its own language's "attendee" part; the host console and the
 * presenter screen add "staff". Components that render words call
 * `useLanguage()` (directly or through an ancestor that re-renders them) so
 * a change of language re-renders them.
 */
import { useSyncExternalStore } from 'hono/jsx/dom';
import type { Child } from 'hono/jsx';
import { partsOf, type Catalogue, type Message, type Params } from './catalogue.js';
import {
  DEFAULT_LANGUAGE,
  directionOf,
  isLanguage,
  matchLanguage,
  type Language,
} from './languages.js';
import type attendee from './locales/en/attendee.js';
import type kinds from './locales/en/kinds.js';
import type staff from './locales/en/staff.js';

export type AttendeeKey = keyof typeof attendee;
export type KindsKey = keyof typeof kinds;
export type StaffKey = keyof typeof staff;
export type MessageKey = AttendeeKey | KindsKey | StaffKey;
/**
 * A language's catalogue comes in three parts: what a phone reads first
 * (attendee), the words of the kinds, fetched with a kind's code (kinds),
 * and the host console's and presenter screen's (staff).
 */
export type Part = 'attendee' | 'kinds' | 'staff';

type Loader = () => Promise<{ default: Catalogue }>;
// One lazy chunk per language and part: a phone fetches one small file.
const LOADERS: Record<Part, Record<string, Loader>> = {
  attendee: import.meta.glob<{ default: Catalogue }>('./locales/*/attendee.ts'),
  kinds: import.meta.glob<{ default: Catalogue }>('./locales/*/kinds.ts'),
  staff: import.meta.glob<{ default: Catalogue }>('./locales/*/staff.ts'),
};
const loaderOf = (tag: string, part: Part): Loader | undefined =>
  LOADERS[part][`./locales/${tag}/${part}.ts`];

const STORAGE_KEY = 'voxpop.language';

const loaded = new Map<string, Catalogue>();
let parts: readonly Part[] = ['attendee'];
let current: Language = DEFAULT_LANGUAGE;
let messages: Record<string, Message> = {};
const listeners = new Set<() => void>();

async function load(tag: Language, part: Part): Promise<Catalogue> {
  const id = `${tag}/${part}`;
  const known = loaded.get(id);
  if (known) return known;
  const loader = loaderOf(tag, part);
  if (!loader) throw new Error(`no ${part} catalogue for ${tag}`);
  const catalogue = (await loader()).default;
  loaded.set(id, catalogue);
  return catalogue;
}

/** Loads the catalogues without switching to them (the presenter's next language). */
export async function preloadLanguage(tag: Language): Promise<void> {
  await Promise.all(parts.map((part) => load(tag, part)));
}

/** The reader's choice on the menu: read from storage once, then kept here (undefined: not read yet). */
let chosen: Language | null | undefined;

/** The language the reader chose with the menu on this browser, if they did. */
export function chosenLanguage(): Language | null {
  if (chosen === undefined) {
    try {
      const stored = localStorage.getItem(STORAGE_KEY);
      chosen = isLanguage(stored) ? stored : null;
    } catch {
      chosen = null; // storage blocked (private mode): the browser's languages decide
    }
  }
  return chosen;
}

/** The browser's languages, most wanted first. */
export const browserLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);

/** The reader's own language: their choice on this browser, else the browser's, else English. */
export function preferredLanguage(): Language {
  return chosenLanguage() ?? matchLanguage(browserLanguages()) ?? DEFAULT_LANGUAGE;
}

/**
 * The reader's languages for a poll's translations, most wanted first: their
 * choice on the menu, else the browser's (which may name a language the
 * pages do not speak but a poll is translated into), then the page's.
 */
export function readerLanguages(): string[] {
  const chosen = chosenLanguage();
  return chosen ? [chosen, ...browserLanguages()] : [...browserLanguages(), current];
}

/** Loads what a page needs, in its language, before the first render. */
export async function startI18n(options: { parts: readonly Part[]; language?: Language }) {
  parts = options.parts;
  await switchTo(options.language ?? preferredLanguage());
}

/**
 * Loads more parts of the catalogue, in the current language and every
 * language switched to from now on (a kind's words, when the page first
 * shows one); components re-render once they are here.
 */
export async function addParts(more: readonly Part[]): Promise<void> {
  const missing = more.filter((part) => !parts.includes(part));
  if (missing.length === 0) return;
  const tag = current;
  const catalogues = await Promise.all(missing.map((part) => load(tag, part)));
  parts = [...new Set([...parts, ...missing])];
  if (tag !== current) return; // switched meanwhile: the switch loaded every part
  messages = Object.assign({}, messages, ...catalogues);
  for (const listener of listeners) listener();
}

/**
 * Speaks another language from now on. `remember` keeps the choice for this
 * browser's next visit (the language menu); the presenter's rotation does not.
 */
export async function setLanguage(tag: Language, { remember = false } = {}): Promise<void> {
  if (remember) {
    chosen = tag;
    try {
      localStorage.setItem(STORAGE_KEY, tag);
    } catch {
      // not remembered for the next visit; this page keeps it
    }
  }
  await switchTo(tag);
}

async function switchTo(tag: Language): Promise<void> {
  const catalogues = await Promise.all(parts.map((part) => load(tag, part)));
  messages = Object.assign({}, ...catalogues);
  current = tag;
  formats.clear();
  if (typeof document !== 'undefined') {
    document.documentElement.lang = tag;
    document.documentElement.dir = directionOf(tag);
  }
  for (const listener of listeners) listener();
}

export const currentLanguage = (): Language => current;

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The language now spoken; the calling component re-renders when it changes. */
export const useLanguage = (): Language => useSyncExternalStore(subscribe, currentLanguage);

/** Plural rules and number formats, built once per language. */
const formats = new Map<string, Intl.PluralRules | Intl.NumberFormat>();
function cached<T extends Intl.PluralRules | Intl.NumberFormat>(id: string, make: () => T): T {
  let f = formats.get(id);
  if (!f) formats.set(id, (f = make()));
  return f as T;
}

function pick(message: Message, params: Params | undefined): string {
  if (typeof message === 'string') return message;
  const count = Number(params?.count ?? 0);
  const rules = cached('plural', () => new Intl.PluralRules(current));
  return message[rules.select(count)] ?? message.other;
}

const show = (value: string | number): string =>
  typeof value === 'number' ? formatNumber(value) : value;

/**
 * The message for `key` in the current language, its {placeholders} filled
 * in (numbers formatted for the language). A key missing from the catalogue
 * (the catalogue test forbids it) shows as the key itself.
 */
export function t(key: MessageKey, params?: Params): string {
  const message = messages[key];
  if (message === undefined) return key;
  const text = pick(message, params);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? show(params[name]!) : whole,
  );
}

/** As `t`, where a placeholder is a piece of markup: `tNodes('vote.code', {code: <b>…</b>})`. */
export function tNodes(key: MessageKey, params: Readonly<Record<string, Child>>): Child[] {
  const message = messages[key];
  if (message === undefined) return [key];
  const counted = typeof params.count === 'number' ? { count: params.count } : undefined;
  return partsOf(pick(message, counted)).map((part) =>
    typeof part === 'string'
      ? part
      : part.name in params
        ? typeof params[part.name] === 'number'
          ? formatNumber(params[part.name] as number)
          : params[part.name]
        : `{${part.name}}`,
  );
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  if (!options) return cached('number', () => new Intl.NumberFormat(current)).format(value);
  return new Intl.NumberFormat(current, options).format(value);
}

/** A percentage given as 0–100: "45%", "45 %" in French, "%45" in Turkish. */
export function formatPercent(percent: number, fractionDigits = 0): string {
  return cached(
    `percent${fractionDigits}`,
    () =>
      new Intl.NumberFormat(current, {
        style: 'percent',
        maximumFractionDigits: fractionDigits,
        minimumFractionDigits: fractionDigits,
      }),
  ).format(percent / 100);
}

export function formatDateTime(
  when: number | string | Date,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  return new Intl.DateTimeFormat(current, options).format(new Date(when));
}

/** "a, b and c" in the language's own way. */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(current, { type: 'conjunction' }).format(items);
}
