/**
 * Contract v2's kinds over the wire, against a real server: rating and
 * ranking polls are created with their defaults, answered over HTTP and the
 * socket, refused with their kind's code, counted and pushed with their own
 * results, remembered in `myAnswers`, and exported; one poll of each kind
 * checks every rule of the contract that a client relies on.
 */
import { describe, expect, test } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { Poll, Results, ServerMessage } from '../../shared/protocol.js';
import { serverForFile } from '../support/file-server.js';
import { createEvent, request } from '../support/http.js';
import type { TestServer } from '../support/server.js';

let server: TestServer;
const { join } = serverForFile((s) => (server = s));

const polls = (code: string) => `/api/events/${code}/polls`;

async function openPoll(code: string, hostKey: string, body: object) {
  const created = await request(server.url, 'POST', polls(code), { token: hostKey, body });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.poll.id as number;
  await request(server.url, 'PATCH', `${polls(code)}/${id}`, {
    token: hostKey,
    body: { state: 'open' },
  });
  await request(server.url, 'PUT', `/api/events/${code}/active`, {
    token: hostKey,
    body: { pollId: id },
  });
  return Poll.parse(created.body.poll);
}

async function participant(code: string) {
  const { body } = await request(server.url, 'POST', `/api/events/${code}/participants`);
  return body as { participantId: number; token: string };
}

const answer = (code: string, pollId: number, token: string, body: object) =>
  request(server.url, 'PUT', `${polls(code)}/${pollId}/vote`, { token, body });

const results = async (code: string, pollId: number) =>
  Results.parse((await request(server.url, 'GET', `${polls(code)}/${pollId}/results`)).body);

describe('rating', () => {
  test('created with a 1..5 scale by default; the scale 3..10 and labels of 40 characters', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const created = await request(server.url, 'POST', polls(code), {
      token: hostKey,
      body: { question: 'How useful was the panel?', kind: 'rating' },
    });
    expect(created.status).toBe(201);
    expect(created.body.poll).toMatchObject({ kind: 'rating', max: 5, state: 'draft' });
    expect(created.body.poll).not.toHaveProperty('options');
    expect(created.body.poll.results).toEqual({
      pollId: created.body.poll.id,
      kind: 'rating',
      state: 'draft',
      total: 0,
      distribution: [1, 2, 3, 4, 5].map((value) => ({ value, count: 0, percent: 0 })),
      average: null,
      median: null,
    });
    for (const body of [
      { max: 2 },
      { max: 11 },
      { max: 4.5 },
      { labels: { min: 'x'.repeat(41) } },
      { labels: { max: '' } },
    ]) {
      const refused = await request(server.url, 'POST', polls(code), {
        token: hostKey,
        body: { question: 'Q?', kind: 'rating', ...body },
      });
      expect([refused.status, refused.body.error.code], JSON.stringify(body)).toEqual([
        400,
        'invalid_body',
      ]);
    }
    const labelled = await request(server.url, 'POST', polls(code), {
      token: hostKey,
      body: {
        question: 'Q?',
        kind: 'rating',
        max: 10,
        labels: { min: 'Not at all', max: 'Fully' },
      },
    });
    expect(labelled.body.poll).toMatchObject({
      max: 10,
      labels: { min: 'Not at all', max: 'Fully' },
    });
  });

  test('answers count like choices: the distribution, the average to 2 decimals, the median', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await openPoll(code, hostKey, { question: 'Rate it', kind: 'rating', max: 5 });
    for (const value of [5, 4, 4, 2, 1, 4]) {
      const me = await participant(code);
      const answered = await answer(code, poll.id, me.token, { value });
      expect(answered.status).toBe(200);
      expect(answered.body.vote).toMatchObject({ pollId: poll.id, answer: { value } });
      expect(answered.body.vote).not.toHaveProperty('choices');
    }
    expect(await results(code, poll.id)).toEqual({
      pollId: poll.id,
      kind: 'rating',
      state: 'open',
      total: 6,
      distribution: [
        { value: 1, count: 1, percent: 17 },
        { value: 2, count: 1, percent: 17 },
        { value: 3, count: 0, percent: 0 },
        { value: 4, count: 3, percent: 50 },
        { value: 5, count: 1, percent: 16 },
      ],
      average: 3.33,
      // Six answers: the mean of the 3rd and 4th of 1, 2, 4, 4, 4, 5.
      median: 4,
    });
  });

  test('a bad answer is 422 invalid_answer, whatever its shape; a missing answer is 400', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await openPoll(code, hostKey, { question: 'Rate it', kind: 'rating', max: 5 });
    const me = await participant(code);
    for (const body of [
      { value: 0 },
      { value: 6 },
      { value: 2.5 },
      { value: '3' },
      { choices: [1] },
      { order: [1] },
    ]) {
      const refused = await answer(code, poll.id, me.token, body);
      expect([refused.status, refused.body.error.code], JSON.stringify(body)).toEqual([
        422,
        'invalid_answer',
      ]);
    }
    const empty = await answer(code, poll.id, me.token, {});
    expect([empty.status, empty.body.error.code]).toEqual([400, 'invalid_body']);
    expect((await results(code, poll.id)).total).toBe(0);
  });

  test('the scale cannot change once answered (409 poll_has_votes); its labels can', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await openPoll(code, hostKey, { question: 'Rate it', kind: 'rating', max: 5 });
    const patch = (body: object) =>
      request(server.url, 'PATCH', `${polls(code)}/${poll.id}`, { token: hostKey, body });
    expect((await patch({ max: 7 })).body.poll.max).toBe(7);
    await answer(code, poll.id, (await participant(code)).token, { value: 7 });
    const refused = await patch({ max: 10 });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'poll_has_votes']);
    const labelled = await patch({ labels: { min: 'Poor', max: 'Great' } });
    expect(labelled.body.poll).toMatchObject({ max: 7, labels: { min: 'Poor', max: 'Great' } });
    // A field of another kind is not a change of this one.
    const foreign = await patch({ options: ['A', 'B'] });
    expect([foreign.status, foreign.body.error.code]).toEqual([400, 'invalid_body']);
  });
});

describe('ranking', () => {
  test('2 to 10 options, each answer every option once; Borda points, competition ranks', async () => {
    const { code, hostKey } = await createEvent(server.url);
    for (const options of [['Only'], Array.from({ length: 11 }, (_, i) => `O${i}`)]) {
      const refused = await request(server.url, 'POST', polls(code), {
        token: hostKey,
        body: { question: 'Rank', kind: 'ranking', options },
      });
      expect([refused.status, refused.body.error.code]).toEqual([400, 'invalid_body']);
    }
    const poll = await openPoll(code, hostKey, {
      question: 'What should the next panel cover?',
      kind: 'ranking',
      options: ['Borders', 'Trade', 'Water', 'Refugees'],
    });
    if (poll.kind !== 'ranking') throw new Error('not a ranking');
    const [borders, trade, water, refugees] = poll.options.map((o) => o.id) as [
      number,
      number,
      number,
      number,
    ];
    const empty = await results(code, poll.id);
    expect(empty).toMatchObject({
      total: 0,
      options: poll.options.map((o) => ({ id: o.id, points: 0, rank: 1, averagePosition: null })),
    });
    // Points per answer: 3, 2, 1, 0 by position.
    for (const order of [
      [water, borders, trade, refugees],
      [borders, water, refugees, trade],
      [trade, water, borders, refugees],
    ]) {
      const answered = await answer(code, poll.id, (await participant(code)).token, { order });
      expect(answered.status).toBe(200);
      expect(answered.body.vote.answer).toEqual({ order });
    }
    expect(await results(code, poll.id)).toEqual({
      pollId: poll.id,
      kind: 'ranking',
      state: 'open',
      total: 3,
      // In the poll's option order; rank tells the standing.
      options: [
        { id: borders, label: 'Borders', points: 6, rank: 2, averagePosition: 2 },
        { id: trade, label: 'Trade', points: 4, rank: 3, averagePosition: 2.67 },
        { id: water, label: 'Water', points: 7, rank: 1, averagePosition: 1.67 },
        { id: refugees, label: 'Refugees', points: 1, rank: 4, averagePosition: 3.67 },
      ],
    });
  });

  test('ties share a rank (1, 2, 2, 4)', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await openPoll(code, hostKey, {
      question: 'Rank',
      kind: 'ranking',
      options: ['A', 'B', 'C', 'D'],
    });
    if (poll.kind !== 'ranking') throw new Error('not a ranking');
    const [a, b, c, d] = poll.options.map((o) => o.id) as [number, number, number, number];
    await answer(code, poll.id, (await participant(code)).token, { order: [a, b, c, d] });
    await answer(code, poll.id, (await participant(code)).token, { order: [a, c, b, d] });
    const shown = await results(code, poll.id);
    if (shown.kind !== 'ranking') throw new Error('not a ranking');
    expect(shown.options.map((o) => [o.points, o.rank])).toEqual([
      [6, 1],
      [3, 2],
      [3, 2],
      [0, 4],
    ]);
  });

  test('a bad order is 422 invalid_choice: missing, repeated or foreign options, wrong types', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const poll = await openPoll(code, hostKey, {
      question: 'Rank',
      kind: 'ranking',
      options: ['A', 'B', 'C'],
    });
    if (poll.kind !== 'ranking') throw new Error('not a ranking');
    const [a, b, c] = poll.options.map((o) => o.id) as [number, number, number];
    const me = await participant(code);
    for (const body of [
      { order: [a, b] },
      { order: [a, b, b] },
      { order: [a, b, c, a] },
      { order: [a, b, 999_999] },
      { order: 'a,b,c' },
      { order: [a, b, '3'] },
      { value: 2 },
    ]) {
      const refused = await answer(code, poll.id, me.token, body);
      expect([refused.status, refused.body.error.code], JSON.stringify(body)).toEqual([
        422,
        'invalid_choice',
      ]);
    }
  });
});

describe('every kind on the socket', () => {
  test('answers acked after commit, tallies of the kind pushed, myAnswers kept across reconnects', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const rating = await openPoll(code, hostKey, { question: 'Rate', kind: 'rating', max: 4 });
    const single = await openPoll(code, hostKey, {
      question: 'Pick',
      kind: 'single',
      options: ['Yes', 'No'],
    });
    const ranking = await openPoll(code, hostKey, {
      question: 'Rank',
      kind: 'ranking',
      options: ['X', 'Y'],
    });
    if (single.kind !== 'single' || ranking.kind !== 'ranking') throw new Error('kinds');
    const presenter = await join(server.url, { event: code, role: 'presenter' });
    const phone = await join(server.url, { event: code, role: 'attendee' });
    const send = (message: object) => {
      phone.socket.send(message);
    };
    const ack = (ref: string) => phone.socket.next('ack', (m) => m.ref === ref);

    const rated = ack('rate-1');
    send({ type: 'vote', ref: 'rate-1', pollId: rating.id, value: 3 });
    expect(await rated).toEqual({ type: 'ack', ref: 'rate-1', pollId: rating.id });
    const ranked = ack('rank-1');
    const order = [ranking.options[1]!.id, ranking.options[0]!.id];
    send({ type: 'vote', ref: 'rank-1', pollId: ranking.id, order });
    await ranked;
    expect(await phone.socket.vote(single.id, [single.options[0]!.id])).toMatchObject({
      type: 'ack',
    });
    const refused = phone.socket.next('error', (m) => m.ref === 'bad');
    send({ type: 'vote', ref: 'bad', pollId: rating.id, value: 9 });
    expect(await refused).toMatchObject({ code: 'invalid_answer', ref: 'bad' });

    const tally = await presenter.socket.seen(
      'tally',
      (m) => m.pollId === rating.id && m.total === 1,
    );
    // Every push is a contract message, parsed by the shared schema.
    expect(ServerMessage.parse(tally)).toMatchObject({
      type: 'tally',
      kind: 'rating',
      distribution: [
        { value: 1, count: 0, percent: 0 },
        { value: 2, count: 0, percent: 0 },
        { value: 3, count: 1, percent: 100 },
        { value: 4, count: 0, percent: 0 },
      ],
      average: 3,
      median: 3,
    });

    const again = await join(server.url, {
      event: code,
      role: 'attendee',
      token: phone.welcome.participant!.token,
    });
    expect(again.welcome.myAnswers).toEqual({
      [rating.id]: { value: 3 },
      [single.id]: { choices: [single.options[0]!.id] },
      [ranking.id]: { order },
    });
    // v1's myVotes keeps its shape: choice answers only.
    expect(again.welcome.myVotes).toEqual({ [single.id]: [single.options[0]!.id] });
    for (const message of [...again.socket.messages, ...presenter.socket.messages]) {
      expect(() => ServerMessage.parse(message)).not.toThrow();
    }
  });
});

describe('export', () => {
  test('the CSV holds every kind as text; export.json the answers structured', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const rating = await openPoll(code, hostKey, { question: 'Rate', kind: 'rating' });
    const ranking = await openPoll(code, hostKey, {
      question: 'Rank',
      kind: 'ranking',
      options: ['Borders', 'Trade', 'Water'],
    });
    if (ranking.kind !== 'ranking') throw new Error('not a ranking');
    const me = await participant(code);
    const order = [ranking.options[2]!.id, ranking.options[0]!.id, ranking.options[1]!.id];
    const rated = await answer(code, rating.id, me.token, { value: 4 });
    const ranked = await answer(code, ranking.id, me.token, { order });

    const csv = await request(server.url, 'GET', `/api/events/${code}/export.csv`, {
      token: hostKey,
    });
    expect(parseCsv(csv.body as string)).toEqual([
      ['poll_id', 'question', 'participant_id', 'choices', 'voted_at', 'kind', 'score'],
      [
        String(rating.id),
        'Rate',
        String(me.participantId),
        '4',
        rated.body.vote.votedAt,
        'rating',
        '',
      ],
      [
        String(ranking.id),
        'Rank',
        String(me.participantId),
        '1. Water; 2. Borders; 3. Trade',
        ranked.body.vote.votedAt,
        'ranking',
        '',
      ],
    ]);

    const json = await request(server.url, 'GET', `/api/events/${code}/export.json`, {
      token: hostKey,
    });
    expect(json.status).toBe(200);
    expect(json.body.event).toMatchObject({ code });
    expect(json.body.polls).toHaveLength(2);
    const [first, second] = json.body.polls;
    expect(Poll.parse(first)).toMatchObject({ id: rating.id, kind: 'rating' });
    expect(first.answers).toEqual([
      { participantId: me.participantId, answer: { value: 4 }, votedAt: rated.body.vote.votedAt },
    ]);
    expect(second.answers).toEqual([
      { participantId: me.participantId, answer: { order }, votedAt: ranked.body.vote.votedAt },
    ]);
    const anyone = await request(server.url, 'GET', `/api/events/${code}/export.json`);
    expect([anyone.status, anyone.body.error.code]).toEqual([401, 'unauthorized']);
  });
});
