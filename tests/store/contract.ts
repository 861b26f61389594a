/**
 * The store port's contract (server/store/port.ts), as cases any adapter
 * must pass: SQLite (sqlite.test.ts) and PostgreSQL (postgres.test.ts).
 * Everything here goes through the port, so a case that passes says what the
 * service may rely on, whatever the engine. Engine-specific checks (pragmas,
 * migrations, how the group commit batches) live beside their adapter.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { hashSecret } from '../../server/domain/credentials.js';
import type { NewPoll } from '../../server/domain/polls.js';
import type { PollRecord, StoredValue } from '../../server/domain/types.js';
import { StoreClosedError, type EntryWritten, type Store } from '../../server/store/port.js';
import type { PollKind } from '../../shared/protocol.js';

export interface OpenedStore {
  store: Store;
  /**
   * A second store on the same storage, opened now, as a restarted server
   * would open it: it sees only what is durable.
   */
  reader(): Promise<Store>;
  /** Close both and remove the storage. */
  close(): Promise<void>;
}

const AT = '2026-03-01T09:00:00.000Z';

/** A queued write as a promise: resolves with the participant id (if any) or rejects with the error. */
function queued<T = undefined>(
  submit: (done: (error: Error | null, result?: T) => void) => void,
): Promise<T> {
  return new Promise((resolve, reject) =>
    submit((error, result) => (error ? reject(error) : resolve(result as T))),
  );
}

const choicePoll = (question = 'Can the EU make a difference?'): NewPoll => ({
  question,
  kind: 'single',
  options: ['Yes', 'No', 'Not sure'],
  settings: { maxChoices: 1 },
  allowChange: true,
  showResults: true,
  translations: {},
});

export function storeContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`the store contract: ${name}`, () => {
    let opened: OpenedStore;
    let store: Store;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(() => opened.close());

    let codes = 100000;
    const newEvent = (title = 'Forum', at = AT) =>
      store.events.insert({
        code: String(codes++),
        title,
        hostKeyHash: hashSecret(`host of ${title} ${codes}`),
        isDemo: false,
        language: 'en',
        createdAt: at,
      });
    let tokens = 0;
    const newParticipant = (eventId: number, hash = hashSecret(`token ${tokens++}`)) =>
      queued<number>((done) => store.participants.add(eventId, hash, AT, done));
    const put = (
      pollId: number,
      participantId: number,
      value: StoredValue,
      ref: string | null = null,
      at = AT,
    ) => queued((done) => store.answers.put(pollId, participantId, value, ref, at, done));

    /** An event with a choice poll and a rating poll, two participants, and three answers. */
    async function seed(title = 'Forum') {
      const event = await newEvent(title);
      const choice = await store.polls.create(event.id, choicePoll(), AT);
      const rating = await store.polls.create(
        event.id,
        { ...choicePoll('How useful?'), kind: 'rating', options: [], settings: { max: 5 } },
        AT,
      );
      const hashes = [hashSecret(`${title} p1`), hashSecret(`${title} p2`)];
      const people = [
        await newParticipant(event.id, hashes[0]),
        await newParticipant(event.id, hashes[1]),
      ];
      await put(choice.id, people[0]!, 1, 'a');
      await put(choice.id, people[1]!, 2, 'b');
      await put(rating.id, people[0]!, 4, 'c');
      return { event, choice, rating, people, hashes };
    }

    const eventById = async (id: number) => (await store.events.all()).find((e) => e.id === id);
    const pollById = async (id: number) => (await store.polls.all()).find((p) => p.id === id);

    describe('events', () => {
      test('insert gives an id and the defaults; all lists events oldest first, as stored', async () => {
        const hostKeyHash = hashSecret('the host key');
        const first = await store.events.insert({
          code: '012345',
          title: 'Forum on peace-building — Tbilisi',
          hostKeyHash,
          isDemo: true,
          language: 'en',
          createdAt: AT,
        });
        const second = await newEvent('Second');
        expect(first).toEqual({
          id: expect.any(Number),
          code: '012345',
          title: 'Forum on peace-building — Tbilisi',
          hostKeyHash,
          isDemo: true,
          activePollId: null,
          showStats: false,
          leaderboard: false,
          language: 'en',
          languages: [],
          alternateLanguages: false,
          createdAt: AT,
        });
        expect(second.id).not.toBe(first.id);
        const all = await store.events.all();
        expect(all).toEqual([first, second]);
        // The hash comes back byte for byte (it is compared in constant time to a presented key).
        expect(Buffer.compare(all[0]!.hostKeyHash, hostKeyHash)).toBe(0);
      });

      test('isCodeTaken knows every stored code, with its leading zeros', async () => {
        await store.events.insert({
          code: '000042',
          title: 'T',
          hostKeyHash: hashSecret('k'),
          isDemo: false,
          language: 'en',
          createdAt: AT,
        });
        expect(await store.events.isCodeTaken('000042')).toBe(true);
        expect(await store.events.isCodeTaken('42')).toBe(false);
        expect(await store.events.isCodeTaken('000043')).toBe(false);
      });

      test('byCode finds the event with exactly that code, leading zeros and all; null for none', async () => {
        const event = await store.events.insert({
          code: '000042',
          title: 'Made by another process',
          hostKeyHash: hashSecret('k'),
          isDemo: false,
          language: 'en',
          createdAt: AT,
        });
        const other = await newEvent('Other');
        expect(await store.events.byCode('000042')).toEqual(event);
        expect(await store.events.byCode(other.code)).toEqual(other);
        expect(await store.events.byCode('42')).toBeNull();
        expect(await store.events.byCode('000043')).toBeNull();
        // As stored since: a second store (another process) reads the same.
        await store.events.update({ ...event, title: 'Renamed', showStats: true });
        const reader = await opened.reader();
        expect(await reader.events.byCode('000042')).toEqual({
          ...event,
          title: 'Renamed',
          showStats: true,
        });
      });

      test('update stores the title, showStats and the languages, and nothing else', async () => {
        const event = await newEvent('Before');
        const other = await newEvent('Other');
        const languages = {
          language: 'ka',
          languages: ['en', 'ru', 'pt-BR'],
          alternateLanguages: true,
        };
        await store.events.update({
          ...event,
          title: 'After',
          showStats: true,
          ...languages,
          // Not the update's business: these stay as they are.
          code: '999999',
          isDemo: true,
        });
        expect(await store.events.all()).toEqual([
          { ...event, title: 'After', showStats: true, ...languages },
          other,
        ]);
      });

      test('setHostKeyHash replaces the hash (the demo event’s key renewed at start)', async () => {
        const event = await newEvent();
        const renewed = hashSecret('a new key');
        await store.events.setHostKeyHash(event.id, renewed);
        expect((await eventById(event.id))!.hostKeyHash).toEqual(renewed);
      });

      test('setActivePoll puts a poll on screen, publishing it only when asked; null takes it off', async () => {
        const event = await newEvent();
        const quiet = await store.polls.create(event.id, choicePoll('Quiet?'), AT);
        const shown = await store.polls.create(event.id, choicePoll('Shown?'), AT);

        await store.events.setActivePoll(event.id, quiet.id, false);
        expect((await eventById(event.id))!.activePollId).toBe(quiet.id);
        expect((await pollById(quiet.id))!.published).toBe(false);

        await store.events.setActivePoll(event.id, shown.id, true);
        expect((await eventById(event.id))!.activePollId).toBe(shown.id);
        expect((await pollById(shown.id))!.published).toBe(true);
        expect((await pollById(quiet.id))!.published).toBe(false);

        await store.events.setActivePoll(event.id, null, false);
        expect((await eventById(event.id))!.activePollId).toBeNull();
        // Published for good.
        expect((await pollById(shown.id))!.published).toBe(true);
      });

      test('delete takes the event’s polls, participants and answers with it, and nothing of another event', async () => {
        const gone = await seed('Gone');
        const kept = await seed('Kept');
        const before = {
          polls: (await store.polls.all()).filter((p) => p.eventId === kept.event.id),
          counts: (await store.answers.countsByValue()).filter((r) =>
            [kept.choice.id, kept.rating.id].includes(r.pollId),
          ),
          page: await store.answers.pageOfEvent(
            kept.event.id,
            { pollId: 0, participantId: 0 },
            100,
          ),
        };

        await store.events.delete(gone.event.id);

        expect((await store.events.all()).map((e) => e.id)).toEqual([kept.event.id]);
        expect((await store.polls.all()).filter((p) => p.eventId === gone.event.id)).toEqual([]);
        for (const hash of gone.hashes) {
          expect(await store.participants.findByTokenHash(gone.event.id, hash)).toBeNull();
        }
        const counts = await store.answers.countsByValue();
        expect(counts.filter((r) => [gone.choice.id, gone.rating.id].includes(r.pollId))).toEqual(
          [],
        );
        for (const person of gone.people) {
          expect(await store.answers.ofParticipant(person)).toEqual([]);
        }
        expect(
          await store.answers.pageOfEvent(gone.event.id, { pollId: 0, participantId: 0 }, 100),
        ).toEqual([]);

        expect((await store.polls.all()).filter((p) => p.eventId === kept.event.id)).toEqual(
          before.polls,
        );
        expect(counts).toEqual(before.counts);
        expect(
          await store.answers.pageOfEvent(kept.event.id, { pollId: 0, participantId: 0 }, 100),
        ).toEqual(before.page);
        expect(await store.participants.findByTokenHash(kept.event.id, kept.hashes[0]!)).toBe(
          kept.people[0],
        );
      });
    });

    describe('polls', () => {
      test('create keeps options in order and any kind’s settings as given; all reads back the same', async () => {
        const event = await newEvent();
        const made: PollRecord[] = [];
        const bodies: NewPoll[] = [
          { ...choicePoll(), kind: 'multiple', settings: { maxChoices: 2 } },
          {
            ...choicePoll('How useful was it?'),
            kind: 'rating',
            options: [],
            settings: { max: 7, labels: { min: 'Not at all', max: 'Essential — “très”' } },
            allowChange: false,
            showResults: false,
          },
          {
            ...choicePoll('Order these'),
            kind: 'ranking',
            options: ['Borders', 'Trade', 'Water'],
            settings: {},
          },
          // The store learns no kind's name: one it has never heard of is kept as given.
          {
            ...choicePoll('Tomorrow’s kind'),
            kind: 'wordcloud' as PollKind,
            options: [],
            settings: { maxWords: 3, filterProfanity: true, nested: { list: [1, 'two', null] } },
          },
        ];
        for (const body of bodies) made.push(await store.polls.create(event.id, body, AT));

        made.forEach((poll, i) => {
          const body = bodies[i]!;
          expect(poll).toEqual({
            id: expect.any(Number),
            eventId: event.id,
            question: body.question,
            kind: body.kind,
            options: body.options.map((label) => ({ id: expect.any(Number), label })),
            settings: body.settings,
            state: 'draft',
            showResults: body.showResults,
            allowChange: body.allowChange,
            createdAt: AT,
            openedAt: null,
            closedAt: null,
            published: false,
            translations: {},
          });
        });
        const ids = made.map((p) => p.id);
        expect(new Set(ids).size).toBe(ids.length);
        const optionIds = made.flatMap((p) => p.options.map((o) => o.id));
        expect(new Set(optionIds).size).toBe(optionIds.length);
        // Creation order, each as create returned it.
        expect(await store.polls.all()).toEqual(made);
      });

      test('update stores every field of the changed poll', async () => {
        const event = await newEvent();
        const poll = await store.polls.create(event.id, choicePoll(), AT);
        const changed: PollRecord = {
          ...poll,
          question: 'Reworded?',
          state: 'closed',
          showResults: false,
          allowChange: false,
          settings: { maxChoices: 1, extra: 'kept' },
          openedAt: '2026-03-01T09:05:00.000Z',
          closedAt: '2026-03-01T09:10:00.000Z',
          published: true,
          translations: {
            ka: { question: 'გადაფორმულირებული?', options: ['დიახ', 'არა', 'არ ვიცი'] },
            ru: { question: 'Иначе?' },
          },
        };
        expect(await store.polls.update(changed)).toEqual(changed);
        expect(await store.polls.all()).toEqual([changed]);
        // And removed again: no translations read back as none.
        const plain = { ...changed, translations: {} };
        await store.polls.update(plain);
        expect(await store.polls.ofEvent(event.id)).toEqual([plain]);
      });

      test('create keeps the translations as given, in any script', async () => {
        const event = await newEvent();
        const translations = {
          hy: { question: 'Կարո՞ղ է ԵՄ-ն փոփոխություն բերել', options: ['Այո', 'Ոչ', 'Չգիտեմ'] },
          'az-Latn': { question: 'Aİ fərq yarada bilərmi?' },
        };
        const poll = await store.polls.create(event.id, { ...choicePoll(), translations }, AT);
        expect(poll.translations).toEqual(translations);
        expect((await store.polls.all())[0]!.translations).toEqual(translations);
      });

      test('new labels keep the option ids position by position; added places get new ids, dropped ones go', async () => {
        const event = await newEvent();
        const poll = await store.polls.create(event.id, choicePoll(), AT);
        const other = await store.polls.create(event.id, choicePoll('Other?'), AT);
        const [yes, no, unsure] = poll.options.map((o) => o.id);

        const grown = await store.polls.update(poll, ['Oui', 'Non', 'Peut-être', 'Sans avis']);
        expect(grown.options.slice(0, 3)).toEqual([
          { id: yes, label: 'Oui' },
          { id: no, label: 'Non' },
          { id: unsure, label: 'Peut-être' },
        ]);
        const added = grown.options[3]!;
        expect(added.label).toBe('Sans avis');
        expect([yes, no, unsure, ...other.options.map((o) => o.id)]).not.toContain(added.id);
        expect(await pollById(poll.id)).toEqual(grown);

        const shrunk = await store.polls.update({ ...grown, question: 'Two?' }, ['Da', 'Net']);
        expect(shrunk.options).toEqual([
          { id: yes, label: 'Da' },
          { id: no, label: 'Net' },
        ]);
        expect(await pollById(poll.id)).toEqual({ ...shrunk, question: 'Two?' });
        expect(await pollById(other.id)).toEqual(other);
      });

      test('delete takes the poll and its answers; clearActive takes it off screen', async () => {
        const { event, choice, rating, people } = await seed();
        await store.events.setActivePoll(event.id, choice.id, true);

        // A poll that is not on screen: the active poll stays.
        await store.polls.delete(rating, false);
        expect((await eventById(event.id))!.activePollId).toBe(choice.id);
        expect((await store.polls.all()).map((p) => p.id)).toEqual([choice.id]);
        expect((await store.answers.countsByValue()).map((r) => r.pollId)).not.toContain(rating.id);
        expect((await store.answers.ofParticipant(people[0]!)).map((a) => a.pollId)).toEqual([
          choice.id,
        ]);

        await store.polls.delete(choice, true);
        expect((await eventById(event.id))!.activePollId).toBeNull();
        expect(await store.polls.all()).toEqual([]);
        expect(await store.answers.countsByValue()).toEqual([]);
      });

      test('ofEvent: the event’s polls with their options, in creation order, and nobody else’s', async () => {
        const event = await newEvent();
        const other = await newEvent('Other');
        const first = await store.polls.create(event.id, choicePoll('First?'), AT);
        const elsewhere = await store.polls.create(other.id, choicePoll('Elsewhere?'), AT);
        const second = await store.polls.create(
          event.id,
          { ...choicePoll('Second?'), kind: 'rating', options: [], settings: { max: 5 } },
          AT,
        );
        const relabelled = await store.polls.update(first, ['Oui', 'Non']);
        expect(await store.polls.ofEvent(event.id)).toEqual([relabelled, second]);
        expect(await store.polls.ofEvent(other.id)).toEqual([elsewhere]);
        expect(await store.polls.ofEvent(other.id + event.id + 1000)).toEqual([]);
        const reader = await opened.reader();
        expect(await reader.polls.ofEvent(event.id)).toEqual([relabelled, second]);
      });

      test('a poll id is never given twice, even after the newest poll was deleted', async () => {
        const event = await newEvent();
        const first = await store.polls.create(event.id, choicePoll(), AT);
        const newest = await store.polls.create(event.id, choicePoll('Newest?'), AT);
        await store.polls.delete(newest, false);
        const next = await store.polls.create(event.id, choicePoll('Next?'), AT);
        expect([first.id, newest.id]).not.toContain(next.id);
      });
    });

    describe('participants', () => {
      test('add answers with the new id once it is durable; findByTokenHash finds it in its event only', async () => {
        const event = await newEvent();
        const other = await newEvent('Other');
        const hash = hashSecret('a participant token');
        const id = await newParticipant(event.id, hash);
        expect(Number.isSafeInteger(id) && id > 0).toBe(true);
        const second = await newParticipant(event.id);
        expect(second).not.toBe(id);
        expect(await store.participants.findByTokenHash(event.id, hash)).toBe(id);
        expect(await store.participants.findByTokenHash(other.id, hash)).toBeNull();
        expect(
          await store.participants.findByTokenHash(event.id, hashSecret('unknown')),
        ).toBeNull();
      });
    });

    describe('answers', () => {
      test('done callbacks come in the order the writes were queued, puts, refs, barriers and participants alike', async () => {
        const { event, choice, rating, people } = await seed();
        const order: string[] = [];
        const note = (name: string) => (error: Error | null) =>
          order.push(error ? `${name}: ${error.message}` : name);
        store.answers.put(choice.id, people[0]!, 4, 'r1', AT, note('put 1'));
        store.answers.barrier(note('barrier 1'));
        store.answers.setRef(choice.id, people[0]!, 'r2', note('ref'));
        store.participants.add(event.id, hashSecret('late'), AT, note('participant'));
        store.answers.put(rating.id, people[1]!, 2, null, AT, note('put 2'));
        await queued((done) => store.answers.barrier(done));
        expect(order).toEqual(['put 1', 'barrier 1', 'ref', 'participant', 'put 2']);
      });

      test('one answer per participant and poll: a second put replaces the first, in its batch or later', async () => {
        const { choice, people } = await seed();
        const t2 = '2026-03-01T09:02:00.000Z';
        await put(choice.id, people[0]!, 4, 'r2', t2);
        expect(await store.answers.ofParticipant(people[0]!)).toContainEqual({
          pollId: choice.id,
          value: 4,
          ref: 'r2',
          votedAt: t2,
        });
        // Queued together: the later one wins, as one write after the other.
        const t3 = '2026-03-01T09:03:00.000Z';
        await Promise.all([
          put(choice.id, people[1]!, 1, 'x', t2),
          put(choice.id, people[1]!, 2, 'y', t3),
        ]);
        const mine = (await store.answers.ofParticipant(people[1]!)).filter(
          (a) => a.pollId === choice.id,
        );
        expect(mine).toEqual([{ pollId: choice.id, value: 2, ref: 'y', votedAt: t3 }]);
        const counts = (await store.answers.countsByValue()).filter((r) => r.pollId === choice.id);
        expect(counts.reduce((n, r) => n + r.voters, 0)).toBe(2);
      });

      test('values come back exactly as stored: a number stays a number, "007" stays a string', async () => {
        const event = await newEvent();
        const values: StoredValue[] = ['007', 7, '7', 0, 2 ** 20 - 1, '12,10,11', 'é ✓', ''];
        const polls: PollRecord[] = [];
        for (let i = 0; i < values.length; i++) {
          polls.push(await store.polls.create(event.id, choicePoll(), AT));
        }
        const person = await newParticipant(event.id);
        await Promise.all(values.map((value, i) => put(polls[i]!.id, person, value, `r${i}`)));
        const back = await store.answers.ofParticipant(person);
        const byPoll = new Map(back.map((a) => [a.pollId, a.value]));
        values.forEach((value, i) => {
          expect(byPoll.get(polls[i]!.id)).toStrictEqual(value);
        });
        expect(back.map((a) => typeof a.value)).toEqual(values.map((v) => typeof v));
      });

      test('countsByValue: one row per poll and distinct value; 7 and "7" are different values', async () => {
        const event = await newEvent();
        const a = await store.polls.create(event.id, choicePoll(), AT);
        const b = await store.polls.create(event.id, choicePoll(), AT);
        const people = await Promise.all(Array.from({ length: 6 }, () => newParticipant(event.id)));
        const given: [number, StoredValue][] = [
          [a.id, 1],
          [a.id, 1],
          [a.id, 2],
          [b.id, 7],
          [b.id, '7'],
          [b.id, 7],
        ];
        await Promise.all(given.map(([poll, value], i) => put(poll, people[i]!, value)));
        const counts = await store.answers.countsByValue();
        const key = (r: { pollId: number; value: StoredValue }) =>
          `${r.pollId}:${typeof r.value}:${r.value}`;
        expect(Object.fromEntries(counts.map((r) => [key(r), r.voters]))).toEqual({
          [`${a.id}:number:1`]: 2,
          [`${a.id}:number:2`]: 1,
          [`${b.id}:number:7`]: 2,
          [`${b.id}:string:7`]: 1,
        });
      });

      test('put, setRef and put again on one answer in one batch land as queued', async () => {
        const { choice, rating, people } = await seed();
        const t2 = '2026-03-01T09:02:00.000Z';
        await Promise.all([
          put(choice.id, people[0]!, 3, 'first', t2),
          queued((done) => store.answers.setRef(choice.id, people[0]!, 'renewed', done)),
          queued((done) => store.answers.setRef(rating.id, people[0]!, 'stored one', done)),
          put(rating.id, people[0]!, 5, 'last', t2),
          queued((done) => store.answers.setRef(choice.id, people[1]!, 'other', done)),
        ]);
        expect(
          [...(await store.answers.ofParticipant(people[0]!))].sort((x, y) => x.pollId - y.pollId),
        ).toEqual([
          { pollId: choice.id, value: 3, ref: 'renewed', votedAt: t2 },
          { pollId: rating.id, value: 5, ref: 'last', votedAt: t2 },
        ]);
        expect(await store.answers.ofParticipant(people[1]!)).toEqual([
          { pollId: choice.id, value: 2, ref: 'other', votedAt: AT },
        ]);
      });

      test('setRef changes the ref of an unchanged answer, nothing else', async () => {
        const { choice, people } = await seed();
        await queued((done) => store.answers.setRef(choice.id, people[0]!, 'again', done));
        expect(await store.answers.ofParticipant(people[0]!)).toContainEqual({
          pollId: choice.id,
          value: 1,
          ref: 'again',
          votedAt: AT,
        });
      });

      test('ofParticipant: that participant’s answers, every poll, nobody else’s', async () => {
        const { choice, rating, people } = await seed();
        const mine = await store.answers.ofParticipant(people[0]!);
        expect([...mine].sort((x, y) => x.pollId - y.pollId)).toEqual([
          { pollId: choice.id, value: 1, ref: 'a', votedAt: AT },
          { pollId: rating.id, value: 4, ref: 'c', votedAt: AT },
        ]);
        expect(await store.answers.ofParticipant(people[1]!)).toEqual([
          { pollId: choice.id, value: 2, ref: 'b', votedAt: AT },
        ]);
        expect(await store.answers.ofParticipant(people[1]! + 1000)).toEqual([]);
      });

      test('deleteForPoll empties one poll (a reset), after every answer queued before it', async () => {
        const { choice, rating, people } = await seed();
        // Queued, not yet durable when the reset is asked for: it is part of what is reset.
        const late = put(choice.id, people[0]!, 4, 'late');
        let lateDone = false;
        void late.then(() => (lateDone = true));
        await store.answers.deleteForPoll(choice.id);
        await late;
        expect(lateDone).toBe(true);
        const counts = await store.answers.countsByValue();
        expect(counts.map((r) => r.pollId)).toEqual([rating.id]);
        expect(await store.answers.ofParticipant(people[0]!)).toEqual([
          { pollId: rating.id, value: 4, ref: 'c', votedAt: AT },
        ]);
      });

      test('a host write first makes every queued answer durable, so writes land in the order decided', async () => {
        const { choice, people } = await seed();
        const done: string[] = [];
        store.answers.put(choice.id, people[0]!, 2, 'queued', AT, (e) =>
          done.push(e ? e.message : 'answer'),
        );
        const deleted = store.polls.delete(choice, false).then(() => done.push('delete'));
        await deleted;
        expect(done).toEqual(['answer', 'delete']);
        expect(await store.answers.ofParticipant(people[0]!)).not.toContainEqual(
          expect.objectContaining({ pollId: choice.id }),
        );
      });

      test('pageOfEvent: the event’s answers in (poll, participant) order, page after page', async () => {
        const first = await seed('First');
        const second = await seed('Second');
        const extra = await newParticipant(first.event.id);
        await put(first.rating.id, extra, 1, null, '2026-03-01T09:30:00.000Z');
        await put(first.choice.id, extra, 3);

        const all: Awaited<ReturnType<Store['answers']['pageOfEvent']>> = [];
        let after = { pollId: 0, participantId: 0 };
        let pages = 0;
        for (;;) {
          const page = await store.answers.pageOfEvent(first.event.id, after, 2);
          if (page.length === 0) break;
          expect(page.length).toBeLessThanOrEqual(2);
          pages++;
          all.push(...page);
          const last = page[page.length - 1]!;
          after = { pollId: last.pollId, participantId: last.participantId };
        }
        const [p1, p2] = first.people;
        expect(all).toEqual([
          { pollId: first.choice.id, participantId: p1, value: 1, votedAt: AT, score: null },
          { pollId: first.choice.id, participantId: p2, value: 2, votedAt: AT, score: null },
          { pollId: first.choice.id, participantId: extra, value: 3, votedAt: AT, score: null },
          { pollId: first.rating.id, participantId: p1, value: 4, votedAt: AT, score: null },
          {
            pollId: first.rating.id,
            participantId: extra,
            value: 1,
            votedAt: '2026-03-01T09:30:00.000Z',
            score: null,
          },
        ]);
        expect(pages).toBe(3);
        // Nothing of the other event leaks in.
        expect(all.map((r) => r.pollId)).not.toContain(second.choice.id);
      });
    });

    describe('quiz: scores, names, the close on time', () => {
      const quizPoll = (question = 'Capital of Georgia?'): NewPoll => ({
        question,
        kind: 'quiz',
        options: ['Tbilisi', 'Yerevan', 'Baku'],
        settings: { correct: [0], timeLimit: 20, points: 1000 },
        allowChange: false,
        showResults: true,
        translations: {},
      });
      const scored = (pollId: number, participantId: number, value: number, score: number) =>
        queued((done) =>
          store.answers.putScored(pollId, participantId, value, null, AT, score, done),
        );

      test('standings sum each player’s scores over the event, with their points in one poll', async () => {
        const event = await newEvent('Quiz night');
        const q1 = await store.polls.create(event.id, quizPoll(), AT);
        const q2 = await store.polls.create(event.id, quizPoll('Capital of Armenia?'), AT);
        const other = await newEvent('Another quiz');
        const elsewhere = await store.polls.create(other.id, quizPoll(), AT);
        const [nino, giorgi, silent] = [
          await newParticipant(event.id, hashSecret('nino')),
          await newParticipant(event.id, hashSecret('giorgi')),
          await newParticipant(event.id),
        ];
        const outsider = await newParticipant(other.id);
        await queued((done) => store.participants.setName(nino!, 'Nino', done));
        await scored(q1.id, nino!, 1, 900);
        await scored(q2.id, nino!, 2, 0);
        await scored(q2.id, giorgi!, 2, 750);
        // A changed answer replaces its score too.
        await scored(q2.id, giorgi!, 1, 800);
        await scored(elsewhere.id, outsider, 1, 1000);
        // An answer without a score (another kind) is not on the board.
        const choice = await store.polls.create(event.id, choicePoll(), AT);
        await put(choice.id, silent!, 1);

        const byId = (rows: { participantId: number }[]) =>
          [...rows].sort((a, b) => a.participantId - b.participantId);
        expect(byId(await store.answers.standings(event.id, q2.id))).toEqual([
          { participantId: nino, name: 'Nino', score: 900, points: 0 },
          { participantId: giorgi, name: null, score: 800, points: 800 },
        ]);
        expect(byId(await store.answers.standings(event.id, q1.id))).toEqual([
          { participantId: nino, name: 'Nino', score: 900, points: 900 },
          { participantId: giorgi, name: null, score: 800, points: null },
        ]);
        expect(await store.answers.standings(event.id, null)).toHaveLength(2);
        // The score is kept with the answer, and read back by the export.
        const page = await store.answers.pageOfEvent(event.id, { pollId: 0, participantId: 0 }, 10);
        expect(page.find((r) => r.pollId === q1.id)).toMatchObject({ value: 1, score: 900 });
        expect(page.find((r) => r.pollId === choice.id)).toMatchObject({ score: null });
        // Durable: a restarted server reads the same.
        const reader = await opened.reader();
        expect(await reader.participants.findNamed(event.id, hashSecret('nino'))).toEqual({
          id: nino,
          name: 'Nino',
        });
        expect(await reader.participants.findNamed(event.id, hashSecret('giorgi'))).toEqual({
          id: giorgi,
          name: null,
        });
        expect(await reader.answers.standings(event.id, null)).toHaveLength(2);
        // A reset takes the poll's scores with its answers: off the board
        // goes whoever has no scored answer left.
        await store.answers.deleteForPoll(q2.id);
        expect(await store.answers.standings(event.id, null)).toEqual([
          { participantId: nino, name: 'Nino', score: 900, points: null },
        ]);
        // So does deleting the poll.
        await scored(q2.id, giorgi!, 2, 600);
        expect(byId(await store.answers.standings(event.id, q2.id))).toEqual([
          { participantId: nino, name: 'Nino', score: 900, points: null },
          { participantId: giorgi, name: null, score: 600, points: 600 },
        ]);
        await store.polls.delete(q1, false);
        expect(byId(await store.answers.standings(event.id, null))).toEqual([
          { participantId: giorgi, name: null, score: 600, points: null },
        ]);
      });

      test('a name set twice keeps the last', async () => {
        const event = await newEvent('Names');
        const who = await newParticipant(event.id, hashSecret('named twice'));
        await Promise.all([
          queued((done) => store.participants.setName(who, 'First', done)),
          queued((done) => store.participants.setName(who, 'Second', done)),
        ]);
        expect(await store.participants.findNamed(event.id, hashSecret('named twice'))).toEqual({
          id: who,
          name: 'Second',
        });
      });

      test('closeIfOpen closes an open poll once, and only the opening it was asked about', async () => {
        const event = await newEvent('Timed');
        const poll = await store.polls.create(event.id, quizPoll(), AT);
        const opened = await store.polls.update({
          ...poll,
          state: 'open',
          openedAt: '2026-03-01T09:01:00.000Z',
          published: true,
        });
        // Another opening (a reset and a new start) is not closed by the old one's timer.
        expect(
          await store.polls.closeIfOpen(
            { ...opened, openedAt: '2026-03-01T08:00:00.000Z' },
            '2026-03-01T08:00:20.000Z',
          ),
        ).toBe(false);
        const results = await Promise.all([
          store.polls.closeIfOpen(opened, '2026-03-01T09:01:20.000Z'),
          store.polls.closeIfOpen(opened, '2026-03-01T09:01:20.000Z'),
        ]);
        expect(results.sort()).toEqual([false, true]);
        expect(await pollById(poll.id)).toMatchObject({
          state: 'closed',
          openedAt: '2026-03-01T09:01:00.000Z',
          closedAt: '2026-03-01T09:01:20.000Z',
        });
        expect(await store.polls.closeIfOpen(opened, '2026-03-01T09:01:20.000Z')).toBe(false);
      });
    });

    describe('entries (open text)', () => {
      const textPoll = (): NewPoll => ({
        ...choicePoll('What should change?'),
        kind: 'text',
        options: [],
        settings: { maxLength: 280, moderation: 'pre' },
      });
      const putEntry = (
        pollId: number,
        participantId: number,
        text: string,
        status: 'pending' | 'visible' = 'pending',
        at = AT,
      ) =>
        new Promise<EntryWritten>((resolve, reject) =>
          store.answers.putEntry(pollId, participantId, text, `ref ${text}`, at, status, (e, w) =>
            e ? reject(e) : resolve(w!),
          ),
        );

      test('putEntry stores the answer and a new entry; a second one replaces both, with a new id', async () => {
        const event = await newEvent();
        const poll = await store.polls.create(event.id, textPoll(), AT);
        const [p1, p2] = [await newParticipant(event.id), await newParticipant(event.id)];
        const first = await putEntry(
          poll.id,
          p1,
          'More breaks',
          'pending',
          '2026-03-01T09:00:01.000Z',
        );
        const other = await putEntry(
          poll.id,
          p2,
          'Shorter talks',
          'visible',
          '2026-03-01T09:00:02.000Z',
        );
        expect(first.replaced).toBeNull();
        expect(other.id).toBeGreaterThan(first.id);
        const changed = await putEntry(
          poll.id,
          p1,
          'More coffee',
          'pending',
          '2026-03-01T09:00:03.000Z',
        );
        expect(changed.id).toBeGreaterThan(other.id);
        expect(changed.replaced).toEqual({ id: first.id, status: 'pending' });
        expect(await store.answers.ofParticipant(p1)).toEqual([
          {
            pollId: poll.id,
            value: 'More coffee',
            ref: 'ref More coffee',
            votedAt: '2026-03-01T09:00:03.000Z',
          },
        ]);
        const reader = await opened.reader();
        expect(await reader.entries.newest(poll.id, 10)).toEqual([
          {
            id: changed.id,
            participantId: p1,
            text: 'More coffee',
            at: '2026-03-01T09:00:03.000Z',
            status: 'pending',
          },
          {
            id: other.id,
            participantId: p2,
            text: 'Shorter talks',
            at: '2026-03-01T09:00:02.000Z',
            status: 'visible',
          },
        ]);
        expect(await reader.entries.newest(poll.id, 1)).toHaveLength(1);
        expect(
          (await reader.entries.countsByStatus())
            .filter((r) => r.pollId === poll.id)
            .sort((a, b) => a.status.localeCompare(b.status)),
        ).toEqual([
          { pollId: poll.id, status: 'pending', n: 1 },
          { pollId: poll.id, status: 'visible', n: 1 },
        ]);
      });

      test('countsByStatus of one poll: that poll’s counts only; none for a poll without entries', async () => {
        const event = await newEvent();
        const poll = await store.polls.create(event.id, textPoll(), AT);
        const other = await store.polls.create(event.id, textPoll(), AT);
        const empty = await store.polls.create(event.id, textPoll(), AT);
        const people = await Promise.all([1, 2, 3].map(() => newParticipant(event.id)));
        await putEntry(poll.id, people[0]!, 'One', 'pending');
        await putEntry(poll.id, people[1]!, 'Two', 'visible');
        const { id } = await putEntry(poll.id, people[2]!, 'Three', 'pending');
        await store.entries.setStatus(poll.id, id, 'hidden');
        await putEntry(other.id, people[0]!, 'Elsewhere', 'pending');
        const sorted = (rows: { pollId: number; status: string; n: number }[]) =>
          [...rows].sort((a, b) => a.status.localeCompare(b.status));
        expect(sorted(await store.entries.countsByStatus(poll.id))).toEqual([
          { pollId: poll.id, status: 'hidden', n: 1 },
          { pollId: poll.id, status: 'pending', n: 1 },
          { pollId: poll.id, status: 'visible', n: 1 },
        ]);
        expect(await store.entries.countsByStatus(other.id)).toEqual([
          { pollId: other.id, status: 'pending', n: 1 },
        ]);
        expect(await store.entries.countsByStatus(empty.id)).toEqual([]);
        expect(
          (await store.entries.countsByStatus()).filter((r) => r.pollId === poll.id),
        ).toHaveLength(3);
      });

      test('putEntry twice in one batch: as one after the other, each replacing the one before', async () => {
        const event = await newEvent();
        const poll = await store.polls.create(event.id, textPoll(), AT);
        const p = await newParticipant(event.id);
        const stored = await putEntry(poll.id, p, 'Stored');
        const t2 = '2026-03-01T09:00:02.000Z';
        const [first, second] = await Promise.all([
          putEntry(poll.id, p, 'First', 'visible'),
          putEntry(poll.id, p, 'Second', 'pending', t2),
        ]);
        expect(first.replaced).toEqual({ id: stored.id, status: 'pending' });
        expect(second.replaced).toEqual({ id: first.id, status: 'visible' });
        expect(second.id).toBeGreaterThan(first.id);
        expect(first.id).toBeGreaterThan(stored.id);
        expect(await store.entries.newest(poll.id, 10)).toEqual([
          { id: second.id, participantId: p, text: 'Second', at: t2, status: 'pending' },
        ]);
        expect(await store.answers.ofParticipant(p)).toEqual([
          { pollId: poll.id, value: 'Second', ref: 'ref Second', votedAt: t2 },
        ]);
      });

      test('setStatus changes one entry of that poll, says what it was, and is durable; unknown ids are null', async () => {
        const event = await newEvent();
        const poll = await store.polls.create(event.id, textPoll(), AT);
        const elsewhere = await store.polls.create(event.id, textPoll(), AT);
        const p = await newParticipant(event.id);
        const { id } = await putEntry(poll.id, p, 'Is lunch included?');
        expect(await store.entries.setStatus(poll.id, id, 'visible')).toEqual({
          entry: { id, participantId: p, text: 'Is lunch included?', at: AT, status: 'visible' },
          previous: 'pending',
        });
        expect(await store.entries.setStatus(elsewhere.id, id, 'hidden')).toBeNull();
        expect(await store.entries.setStatus(poll.id, id + 1000, 'hidden')).toBeNull();
        const reader = await opened.reader();
        expect((await reader.entries.newest(poll.id, 5))[0]!.status).toBe('visible');
      });

      test('a reset (deleteForPoll) takes the poll’s entries too; deleting the poll or its event takes them', async () => {
        const event = await newEvent();
        const poll = await store.polls.create(event.id, textPoll(), AT);
        const kept = await store.polls.create(event.id, textPoll(), AT);
        const p = await newParticipant(event.id);
        await putEntry(poll.id, p, 'Gone after the reset');
        await putEntry(kept.id, p, 'Still here');
        await store.answers.deleteForPoll(poll.id);
        expect(await store.entries.newest(poll.id, 5)).toEqual([]);
        expect(await store.entries.newest(kept.id, 5)).toHaveLength(1);
        await store.polls.delete(kept, false);
        expect(await store.entries.newest(kept.id, 5)).toEqual([]);
        const other = await store.polls.create(event.id, textPoll(), AT);
        await putEntry(other.id, p, 'Gone with the event');
        await store.events.delete(event.id);
        expect(await store.entries.countsByStatus()).toEqual([]);
      });
    });

    describe('items and marks (Q&A)', () => {
      const qaPoll = (): NewPoll => ({
        ...choicePoll('Questions?'),
        kind: 'qa',
        options: [],
        settings: { moderation: 'post', highlighted: null },
      });
      const add = (
        pollId: number,
        participantId: number,
        text: string,
        ref: string | null = null,
      ) =>
        queued<number>((done) =>
          store.entries.add(pollId, participantId, text, ref, AT, 'visible', 'asked', done),
        );
      const mark = (pollId: number, itemId: number, participantId: number, on: boolean) =>
        queued<boolean>((done) =>
          store.marks.set(pollId, itemId, participantId, on, AT, `u:${itemId}`, done),
        );

      test('add gives each item a new id, many per participant, with its ref; ofParticipant lists them oldest first', async () => {
        const event = await newEvent();
        const poll = await store.polls.create(event.id, qaPoll(), AT);
        const [p1, p2] = [await newParticipant(event.id), await newParticipant(event.id)];
        const a = await add(poll.id, p1, 'First?', 'r1');
        const b = await add(poll.id, p1, 'Second?', null);
        const c = await add(poll.id, p2, 'Theirs?', 'r3');
        expect(b).toBeGreaterThan(a);
        expect(c).toBeGreaterThan(b);
        const reader = await opened.reader();
        expect(await reader.entries.ofParticipant(p1)).toEqual([
          { pollId: poll.id, id: a, ref: 'r1' },
          { pollId: poll.id, id: b, ref: null },
        ]);
        expect(await reader.entries.newest(poll.id, null)).toHaveLength(3);
        expect(await reader.entries.find(poll.id, c)).toEqual({
          id: c,
          participantId: p2,
          text: 'Theirs?',
          at: AT,
          status: 'visible',
        });
        expect(await reader.entries.find(poll.id + 1, c)).toBeNull();
        expect(await reader.entries.setStatus(poll.id, c, 'answered')).toMatchObject({
          previous: 'visible',
          entry: { id: c, status: 'answered' },
        });
      });

      test('one mark per participant and item: set twice changes once, taken back once; counts and ofParticipant agree', async () => {
        const event = await newEvent();
        const poll = await store.polls.create(event.id, qaPoll(), AT);
        const [p1, p2] = [await newParticipant(event.id), await newParticipant(event.id)];
        const q = await add(poll.id, p1, 'Why?');
        const r = await add(poll.id, p2, 'How?');
        expect(await mark(poll.id, q, p1, true)).toBe(true);
        expect(await mark(poll.id, q, p1, true)).toBe(false);
        expect(await mark(poll.id, q, p2, true)).toBe(true);
        expect(await mark(poll.id, r, p2, true)).toBe(true);
        expect(await mark(poll.id, r, p2, false)).toBe(true);
        expect(await mark(poll.id, r, p2, false)).toBe(false);
        const reader = await opened.reader();
        expect((await reader.marks.counts()).filter((m) => m.pollId === poll.id)).toEqual([
          { pollId: poll.id, itemId: q, n: 2 },
        ]);
        expect(await reader.marks.ofParticipant(p2)).toEqual([{ pollId: poll.id, itemId: q }]);
        expect(await reader.entries.ofPoll(poll.id)).toMatchObject([
          { id: q, text: 'Why?', marks: 2 },
          { id: r, text: 'How?', marks: 0 },
        ]);
      });

      test('in one batch: on, off, on of the same mark lands as the last, and changes are told once', async () => {
        const event = await newEvent();
        const poll = await store.polls.create(event.id, qaPoll(), AT);
        const p1 = await newParticipant(event.id);
        const q = await add(poll.id, p1, 'Why?');
        const results = await Promise.all([
          mark(poll.id, q, p1, true),
          mark(poll.id, q, p1, false),
          mark(poll.id, q, p1, true),
        ]);
        // However a store tells each op, the changes it tells net to the one change made.
        expect(results.filter(Boolean).length % 2).toBe(1);
        expect(
          (await (await opened.reader()).marks.counts()).filter((m) => m.itemId === q),
        ).toEqual([{ pollId: poll.id, itemId: q, n: 1 }]);
      });

      test('a reset takes the poll’s items and their marks; deleting the participant takes theirs', async () => {
        const event = await newEvent();
        const poll = await store.polls.create(event.id, qaPoll(), AT);
        const [p1, p2] = [await newParticipant(event.id), await newParticipant(event.id)];
        const q = await add(poll.id, p1, 'Why?');
        await mark(poll.id, q, p2, true);
        await store.answers.deleteForPoll(poll.id);
        const reader = await opened.reader();
        expect(await reader.entries.newest(poll.id, null)).toEqual([]);
        expect(await reader.marks.ofParticipant(p2)).toEqual([]);
        // Ids are never given twice.
        expect(await add(poll.id, p1, 'Again?')).toBeGreaterThan(q);
      });
    });

    describe('webhooks and their deliveries', () => {
      const hook = (url = 'https://crm.example/hooks/voxpop') => ({
        url,
        events: ['poll.opened', 'poll.closed'] as ('poll.opened' | 'poll.closed')[],
        secret: 'whsec_test',
        createdAt: AT,
      });
      const delivery = (id: string, webhookId: number, body = `{"id":"${id}"}`) => ({
        id,
        webhookId,
        url: 'https://crm.example/hooks/voxpop',
        secret: 'whsec_test',
        type: 'poll.opened' as const,
        body,
        attempts: 0,
      });
      const T0 = '2026-03-01T09:00:00.000Z';
      const T1 = '2026-03-01T09:00:01.000Z';
      const LEASE = '2026-03-01T09:00:15.000Z';
      const LATER = '2026-03-01T09:00:20.000Z';

      test('a webhook is created, listed with its pending deliveries, and removed with them', async () => {
        const event = await newEvent();
        const other = await newEvent('Other');
        const created = await store.webhooks.create(event.id, hook());
        expect(created).toMatchObject({
          ...hook(),
          eventId: event.id,
          lastAttempt: null,
          pending: 0,
        });
        await store.webhooks.create(other.id, hook('https://other.example/'));
        await store.webhooks.enqueue([delivery('d1', created.id), delivery('d2', created.id)], T0);
        expect(await store.webhooks.ofEvent(event.id)).toEqual([{ ...created, pending: 2 }]);
        // Another event's id does not reach it.
        expect(await store.webhooks.remove(other.id, created.id)).toBe(false);
        expect(await store.webhooks.remove(event.id, created.id)).toBe(true);
        expect(await store.webhooks.ofEvent(event.id)).toEqual([]);
        expect(await store.webhooks.claimDue(LATER, LATER, 10)).toEqual([]);
        expect(await store.webhooks.ofEvent(other.id)).toHaveLength(1);
      });

      test('a due delivery is claimed once per lease, then retried or finished', async () => {
        const event = await newEvent();
        const { id } = await store.webhooks.create(event.id, hook());
        await store.webhooks.enqueue([delivery('d1', id)], T0);
        await store.webhooks.enqueue([delivery('d2', id)], T1);
        // Not due before its time; a limit is a limit.
        expect(await store.webhooks.claimDue('2026-03-01T08:59:59.000Z', LEASE, 10)).toEqual([]);
        expect((await store.webhooks.claimDue(T1, LEASE, 1)).map((d) => d.id)).toEqual(['d1']);
        // Leased: another claim (this process's or another's) does not see it.
        const [second] = await store.webhooks.claimDue(T1, LEASE, 10);
        expect(second).toEqual(delivery('d2', id));
        expect(await store.webhooks.claimDue(T1, LEASE, 10)).toEqual([]);
        // A failed attempt: due again later, one attempt more; the webhook says how it went.
        const failed = { at: T1, ok: false, status: 500, error: 'the receiver answered 500' };
        await store.webhooks.attempted(second!, failed, LATER);
        const [listed] = await store.webhooks.ofEvent(event.id);
        expect(listed).toMatchObject({ lastAttempt: failed, pending: 2 });
        // The lease ran out: claimed again, by anyone, with the same id and body.
        const again = (await store.webhooks.claimDue(LATER, '2026-03-01T09:01:00.000Z', 10)).sort(
          (a, b) => a.id.localeCompare(b.id),
        );
        expect(again).toEqual([delivery('d1', id), { ...delivery('d2', id), attempts: 1 }]);
        const ok = { at: LATER, ok: true, status: 204, error: null };
        for (const d of again) await store.webhooks.attempted(d, ok, null);
        expect(await store.webhooks.ofEvent(event.id)).toEqual([
          expect.objectContaining({ lastAttempt: ok, pending: 0 }),
        ]);
        expect(await store.webhooks.claimDue('2027-01-01T00:00:00.000Z', LATER, 10)).toEqual([]);
      });

      test('deliveries are durable and outlive their event (event.deleted)', async () => {
        const reader = await opened.reader();
        const event = await newEvent();
        const { id } = await store.webhooks.create(event.id, hook());
        await store.webhooks.enqueue([delivery('farewell', id, '{"type":"event.deleted"}')], T0);
        await store.events.delete(event.id);
        expect(await reader.webhooks.ofEvent(event.id)).toEqual([]);
        const [pending] = await reader.webhooks.claimDue(T1, LEASE, 10);
        expect(pending).toEqual(delivery('farewell', id, '{"type":"event.deleted"}'));
      });
    });

    describe('durability of queued writes', () => {
      test('done(null) means a fresh reader already finds the write', async () => {
        const reader = await opened.reader();
        const { event, choice, people } = await seed();
        const hash = hashSecret('seen at once');
        // Each read is asked for inside the callback, the moment the write is said to be durable.
        const seen: { what: string; error: Error | null; read: Promise<unknown>; id?: number }[] =
          [];
        store.participants.add(event.id, hash, AT, (error, id) =>
          seen.push({
            what: 'participant',
            error,
            id,
            read: reader.participants.findByTokenHash(event.id, hash),
          }),
        );
        store.answers.put(choice.id, people[0]!, 4, 'durable', AT, (error) =>
          seen.push({ what: 'put', error, read: reader.answers.ofParticipant(people[0]!) }),
        );
        store.answers.setRef(choice.id, people[1]!, 'new ref', (error) =>
          seen.push({ what: 'ref', error, read: reader.answers.ofParticipant(people[1]!) }),
        );
        await queued((done) => store.answers.barrier(done));
        expect(seen.map((s) => [s.what, s.error])).toEqual([
          ['participant', null],
          ['put', null],
          ['ref', null],
        ]);
        expect(await seen[0]!.read).toBe(seen[0]!.id);
        expect(await seen[1]!.read).toContainEqual({
          pollId: choice.id,
          value: 4,
          ref: 'durable',
          votedAt: AT,
        });
        expect(await seen[2]!.read).toContainEqual({
          pollId: choice.id,
          value: 2,
          ref: 'new ref',
          votedAt: AT,
        });
      });

      test('drain makes what was queued durable, then refuses every queued write with StoreClosedError', async () => {
        const reader = await opened.reader();
        const { event, choice, people } = await seed();
        const before = put(choice.id, people[0]!, 3, 'before drain');
        await store.drain();
        await expect(before).resolves.toBeUndefined();
        expect(await reader.answers.ofParticipant(people[0]!)).toContainEqual(
          expect.objectContaining({ pollId: choice.id, value: 3, ref: 'before drain' }),
        );

        const after = await Promise.allSettled([
          put(choice.id, people[1]!, 3, 'after drain'),
          queued((done) => store.answers.setRef(choice.id, people[0]!, 'late', done)),
          queued((done) => store.answers.barrier(done)),
          queued<number>((done) => store.participants.add(event.id, hashSecret('late'), AT, done)),
        ]);
        for (const outcome of after) {
          expect(outcome.status).toBe('rejected');
          expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(StoreClosedError);
        }
        expect(await reader.answers.ofParticipant(people[1]!)).toEqual([
          { pollId: choice.id, value: 2, ref: 'b', votedAt: AT },
        ]);
        expect(await reader.participants.findByTokenHash(event.id, hashSecret('late'))).toBeNull();
      });
    });
  });
}
