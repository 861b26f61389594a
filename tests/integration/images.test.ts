/**
 * The results pictures against a real server: made over HTTP from polls
 * voted on over HTTP, fetched as a browser or a slide tool would, and
 * looked at: the PNG decoded, its size and background, each bar's painted
 * length against the percents; who may fetch them (as GET …/results);
 * every kind answers; bad query parameters are 422 naming the parameter.
 */
import { describe, expect, test } from 'vitest';
import { serverForFile } from '../support/file-server.js';
import { createEvent, createPoll, request } from '../support/http.js';
import type { TestServer } from '../support/server.js';
import { THEMES } from '../../server/images/theme.js';
import { decodePng, middleRow, paintedInMargin, spanOf } from '../server/images/pixels.js';

let server: TestServer;
serverForFile((s) => (server = s));

const polls = (code: string) => `/api/events/${code}/polls`;

async function fetchImage(path: string, token?: string) {
  const response = await fetch(server.url + path, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes };
}

async function vote(code: string, pollId: number, body: object) {
  const { body: who } = await request(server.url, 'POST', `/api/events/${code}/participants`);
  const voted = await request(server.url, 'PUT', `${polls(code)}/${pollId}/vote`, {
    token: who.token,
    body,
  });
  expect(voted.status, JSON.stringify(voted.body)).toBe(200);
}

async function choicePoll(votes: number[]) {
  const { code, hostKey } = await createEvent(server.url, 'Peace forum');
  const poll = await createPoll(server.url, code, hostKey, {
    question: 'Can the EU make a difference?',
    kind: 'single',
    options: ['Yes', 'No', 'Not sure'],
  });
  for (let o = 0; o < votes.length; o++)
    for (let k = 0; k < votes[o]!; k++)
      await vote(code, poll.id, { choices: [poll.options[o]!.id] });
  return { code, hostKey, poll, path: `${polls(code)}/${poll.id}/results` };
}

describe('a choice poll voted 3 / 1 / 0', () => {
  test('the PNG: 1600x900, the theme background, bars measuring 75% and 25% of one track', async () => {
    const { path } = await choicePoll([3, 1, 0]);
    for (const theme of [THEMES.light, THEMES.dark]) {
      const image = await fetchImage(`${path}.png?theme=${theme.name}`);
      expect(image.status).toBe(200);
      expect(image.headers.get('content-type')).toBe('image/png');
      const picture = decodePng(image.bytes);
      expect([picture.width, picture.height]).toEqual([1600, 900]);
      expect(picture.at(5, 5)).toBe(theme.background);
      expect(picture.at(1594, 894)).toBe(theme.background);
      const yesRow = middleRow(picture, theme.bars[0]!);
      const yes = spanOf(picture, yesRow, theme.bars[0]!);
      const no = spanOf(picture, middleRow(picture, theme.bars[1]!), theme.bars[1]!);
      // The track runs from the bar's start to its own end, past the figures.
      const track = spanOf(picture, yesRow, theme.track);
      const full = track.last - yes.first + 1;
      expect(
        Math.abs(yes.length - 0.75 * full),
        `yes ${yes.length} of ${full}`,
      ).toBeLessThanOrEqual(3);
      expect(Math.abs(no.length - 0.25 * full), `no ${no.length} of ${full}`).toBeLessThanOrEqual(
        3,
      );
      expect(no.first).toBe(yes.first);
      expect(spanOf(picture, yesRow, theme.bars[2]!).count).toBe(0);
      expect(middleRowOrNull(picture, theme.bars[2]!)).toBeNull();
    }
  });

  test('the SVG: the percents and counts as text, served as an inert image', async () => {
    const { code, poll, path } = await choicePoll([3, 1, 0]);
    const image = await fetchImage(`${path}.svg`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(image.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(image.headers.get('cache-control')).toBe('no-store');
    expect(image.headers.get('content-disposition')).toBe(
      `inline; filename="voxpop-${code}-poll-${poll.id}.svg"`,
    );
    const svg = new TextDecoder().decode(image.bytes);
    for (const figure of ['75%', '25%', '0%', '4 voters', 'Can the EU make a difference?'])
      expect(svg).toContain(figure);
    const png = await fetchImage(`${path}.png`);
    expect(png.headers.get('cache-control')).toBe('no-store');
    expect(png.headers.get('content-disposition')).toBe(
      `inline; filename="voxpop-${code}-poll-${poll.id}.png"`,
    );
  });

  test.each([
    [640, 360],
    [3840, 2160],
  ])('at %ix%i: that size, nothing drawn in the margin', async (width, height) => {
    const { path } = await choicePoll([3, 1, 0]);
    const image = await fetchImage(`${path}.png?width=${width}&height=${height}`);
    expect(image.status).toBe(200);
    const picture = decodePng(image.bytes);
    expect([picture.width, picture.height]).toEqual([width, height]);
    expect(paintedInMargin(picture, THEMES.light.background)).toBe(0);
  });
});

function middleRowOrNull(picture: ReturnType<typeof decodePng>, colour: string) {
  try {
    return middleRow(picture, colour);
  } catch {
    return null;
  }
}

describe('who may fetch the picture: as GET …/results', () => {
  test('hidden results: 401-less 403 without the key, 403 with a wrong key, 200 with the host key', async () => {
    const { code, hostKey, poll, path } = await choicePoll([1, 0, 0]);
    await request(server.url, 'PATCH', `${polls(code)}/${poll.id}`, {
      token: hostKey,
      body: { showResults: false },
    });
    for (const ext of ['svg', 'png']) {
      const json = await request(server.url, 'GET', path);
      const anonymous = await fetchImage(`${path}.${ext}`);
      expect(anonymous.status).toBe(json.status);
      expect(anonymous.status).toBe(403);
      expect(JSON.parse(new TextDecoder().decode(anonymous.bytes)).error.code).toBe('forbidden');
      expect((await fetchImage(`${path}.${ext}`, 'not-the-key')).status).toBe(403);
      expect((await fetchImage(`${path}.${ext}`, hostKey)).status).toBe(200);
    }
  });

  test('a private draft is no poll without the key (404), and the host sees it', async () => {
    const { code, hostKey } = await createEvent(server.url);
    const draft = await createPoll(
      server.url,
      code,
      hostKey,
      { question: 'Secret draft?', kind: 'single', options: ['A', 'B'] },
      { open: false, active: false },
    );
    const path = `${polls(code)}/${draft.id}/results`;
    for (const ext of ['svg', 'png']) {
      const hidden = await fetchImage(`${path}.${ext}`);
      expect(hidden.status).toBe(404);
      expect(new TextDecoder().decode(hidden.bytes)).not.toContain('Secret');
      expect((await fetchImage(`${path}.${ext}`, hostKey)).status).toBe(200);
    }
    const svg = new TextDecoder().decode((await fetchImage(`${path}.svg`, hostKey)).bytes);
    expect(svg).toContain('No answers yet');
  });

  test('no such poll or event: 404 with its code', async () => {
    const { code } = await createEvent(server.url);
    const noPoll = await request(server.url, 'GET', `${polls(code)}/999/results.png`);
    expect([noPoll.status, noPoll.body.error.code]).toEqual([404, 'poll_not_found']);
    const noEvent = await request(server.url, 'GET', `/api/events/000000/polls/1/results.svg`);
    expect([noEvent.status, noEvent.body.error.code]).toEqual([404, 'event_not_found']);
  });
});

describe('the query', () => {
  test('bad width, height, theme or lang: 422 invalid_query naming the parameter', async () => {
    const { path } = await choicePoll([1, 0, 0]);
    const cases: [string, string][] = [
      ['width=abc', 'width'],
      ['width=319', 'width'],
      ['width=3841', 'width'],
      ['width=800.5', 'width'],
      ['width=', 'width'],
      ['height=179', 'height'],
      ['height=2161', 'height'],
      ['height=-5', 'height'],
      ['theme=blue', 'theme'],
      ['theme=', 'theme'],
      ['lang=not a tag', 'lang'],
      ['lang=ka', 'lang'],
    ];
    for (const [query, name] of cases) {
      for (const ext of ['svg', 'png']) {
        const refused = await request(server.url, 'GET', `${path}.${ext}?${query}`);
        expect([refused.status, refused.body.error.code], query).toEqual([422, 'invalid_query']);
        expect(refused.body.error.message, query).toMatch(new RegExp(`^${name}\\b`));
      }
    }
    const edges = await fetchImage(`${path}.png?width=320&height=180&theme=dark`);
    expect(decodePng(edges.bytes)).toMatchObject({ width: 320, height: 180 });
  });

  test('lang: a translation the poll has, or the event language for the original', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Forum');
    const poll = await createPoll(server.url, code, hostKey, {
      question: 'Can the EU help?',
      kind: 'single',
      options: ['Yes', 'No'],
      translations: { ka: { question: 'შეუძლია ევროკავშირს?', options: ['დიახ', 'არა'] } },
    });
    await vote(code, poll.id, { choices: [poll.options[0]!.id] });
    const path = `${polls(code)}/${poll.id}/results.svg`;
    const georgian = new TextDecoder().decode((await fetchImage(`${path}?lang=KA`)).bytes);
    expect(georgian).toContain('შეუძლია ევროკავშირს?');
    expect(georgian).toContain('დიახ');
    expect(georgian).not.toContain('Yes');
    for (const query of ['', '?lang=en']) {
      const original = new TextDecoder().decode((await fetchImage(path + query)).bytes);
      expect(original).toContain('Can the EU help?');
      expect(original).not.toContain('დიახ');
    }
  });
});

describe('every kind', () => {
  test('answers with a PNG and an SVG showing its answers', async () => {
    const { code, hostKey } = await createEvent(server.url, 'All kinds');
    const made = async (body: Record<string, unknown>) =>
      createPoll(server.url, code, hostKey, body);
    const multiple = await made({
      question: 'Topics?',
      kind: 'multiple',
      options: ['Water', 'Trade'],
    });
    await vote(code, multiple.id, { choices: multiple.options.map((o) => o.id) });
    const rating = await made({ question: 'How useful?', kind: 'rating' });
    await vote(code, rating.id, { value: 4 });
    const ranking = await made({ question: 'Order?', kind: 'ranking', options: ['Aa', 'Bb'] });
    await vote(code, ranking.id, { order: [ranking.options[1]!.id, ranking.options[0]!.id] });
    const cloud = await made({ question: 'One word?', kind: 'wordcloud' });
    await vote(code, cloud.id, { words: ['dialogue', 'hope'] });
    await vote(code, cloud.id, { words: ['dialogue', 'secretword'] });
    await request(server.url, 'POST', `${polls(code)}/${cloud.id}/hidden-words`, {
      token: hostKey,
      body: { text: 'secretword' },
    });
    const text = await made({ question: 'Ideas?', kind: 'text' });
    await vote(code, text.id, { text: 'Shared schools & <b>trains</b>' });
    const qa = await made({ question: 'Questions?', kind: 'qa' });
    const { body: asker } = await request(server.url, 'POST', `/api/events/${code}/participants`);
    const asked = await request(server.url, 'POST', `${polls(code)}/${qa.id}/questions`, {
      token: asker.token,
      body: { text: 'What about water rights?' },
    });
    expect(asked.status).toBe(201);

    const expected: [number, string[], string[]][] = [
      [multiple.id, ['100%', '1 voter', 'Multiple choice'], []],
      [rating.id, ['4.0', 'Median 4', '1 voter'], []],
      [ranking.id, ['1. Bb', '2. Aa', '1 point'], []],
      [cloud.id, ['dialogue', '100%', '2 participants'], ['secretword']],
      [text.id, ['Shared schools &amp; &lt;b&gt;trains&lt;/b&gt;', '1 answer'], ['<b>']],
      [qa.id, ['What about water rights?', '▲ 0', '1 question'], []],
    ];
    for (const [id, shown, never] of expected) {
      for (const token of [undefined, hostKey]) {
        const svg = await fetchImage(`${polls(code)}/${id}/results.svg`, token);
        expect(svg.status).toBe(200);
        const body = new TextDecoder().decode(svg.bytes);
        for (const s of shown) expect(body, `poll ${id}`).toContain(s);
        for (const s of never) expect(body, `poll ${id}`).not.toContain(s);
        const png = await fetchImage(
          `${polls(code)}/${id}/results.png?width=800&height=450`,
          token,
        );
        expect(png.status).toBe(200);
        expect(decodePng(png.bytes)).toMatchObject({ width: 800, height: 450 });
      }
    }
  });

  test('quiz: the key shows to the host while open, to everyone only after the close', async () => {
    const { code, hostKey } = await createEvent(server.url, 'Quiz night');
    const quiz = await createPoll(server.url, code, hostKey, {
      question: 'Longest river?',
      kind: 'quiz',
      options: ['Kura', 'Aras'],
      correct: [0],
    });
    await vote(code, quiz.id, { choices: [quiz.options[0]!.id] });
    const svg = async (token?: string) =>
      new TextDecoder().decode(
        (await fetchImage(`${polls(code)}/${quiz.id}/results.svg`, token)).bytes,
      );
    const attendeeOpen = await svg();
    expect(attendeeOpen).toContain('1 player');
    expect(attendeeOpen).not.toContain('Correct');
    expect(attendeeOpen).not.toContain('100%');
    expect(await svg(hostKey)).toContain('Correct');
    await request(server.url, 'PATCH', `${polls(code)}/${quiz.id}`, {
      token: hostKey,
      body: { state: 'closed' },
    });
    const attendeeClosed = await svg();
    expect(attendeeClosed).toContain('Correct');
    expect(attendeeClosed).toContain('100%');
  });
});
