/**
 * Typed calls to voxpop's HTTP API. A failure throws ApiError carrying the
 * server's stable error code, so pages can say something specific.
 */
import type {
  CreatedEvent,
  CreatePollBody,
  EventInfo,
  EventSnapshot,
  PatchEventBody,
  Poll,
  PollPatch,
  Results,
} from '../../../shared/protocol.js';
import type { Leaderboard } from '../../../shared/kinds/quiz.js';
import type { CreatedWebhook, CreateWebhookBody, WebhookList } from '../../../shared/webhooks.js';
import { t } from '../i18n/i18n.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function call<T>(
  method: string,
  path: string,
  options: { body?: unknown; key?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.key) headers.Authorization = `Bearer ${options.key}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'network_error', t('error.serverUnreachable'));
  }
  if (response.status === 204) return undefined as T;
  const json = (await response.json().catch(() => null)) as
    (T & { error?: undefined }) | { error: { code: string; message: string } } | null;
  if (!response.ok || json === null || (json as { error?: unknown }).error) {
    const error = (json as { error?: { code: string; message: string } } | null)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'http_error',
      error?.message ?? t('error.http', { status: String(response.status) }),
    );
  }
  return json as T;
}

export type PollActionMethod = 'POST' | 'PATCH' | 'DELETE';

const events = (code: string) => `/api/events/${encodeURIComponent(code)}`;

/** A file only the host may fetch: the key goes in a header, the file comes back as a blob. */
async function hostFile(url: string, key: string): Promise<Blob> {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${key}` } });
  if (!response.ok) throw new ApiError(response.status, 'export_failed', t('error.exportFailed'));
  return response.blob();
}

export const api = {
  /** `adminToken` only where the server sets VOXPOP_ADMIN_TOKEN (else 401 unauthorized). */
  createEvent: (title: string, adminToken?: string) =>
    call<CreatedEvent>(
      'POST',
      '/api/events',
      adminToken ? { body: { title }, key: adminToken } : { body: { title } },
    ),
  /** The seeded demo event, or null when the server runs without one. */
  demo: () => call<{ event: EventInfo | null }>('GET', '/api/demo'),
  getEvent: (code: string, key?: string) =>
    call<EventSnapshot>('GET', events(code), key ? { key } : {}),
  deleteEvent: (code: string, key: string) => call<void>('DELETE', events(code), { key }),
  patchEvent: (code: string, key: string, body: PatchEventBody) =>
    call<{ event: EventInfo }>('PATCH', events(code), { key, body }),
  createPoll: (code: string, key: string, body: CreatePollBody) =>
    call<{ poll: Poll }>('POST', `${events(code)}/polls`, { key, body }),
  patchPoll: (code: string, key: string, pollId: number, body: PollPatch) =>
    call<{ poll: Poll }>('PATCH', `${events(code)}/polls/${pollId}`, { key, body }),
  resetPoll: (code: string, key: string, pollId: number) =>
    call<{ poll: Poll }>('POST', `${events(code)}/polls/${pollId}/reset`, { key }),
  deletePoll: (code: string, key: string, pollId: number) =>
    call<void>('DELETE', `${events(code)}/polls/${pollId}`, { key }),
  setActive: (code: string, key: string, pollId: number | null) =>
    call<{ activePollId: number | null }>('PUT', `${events(code)}/active`, {
      key,
      body: { pollId },
    }),
  /**
   * A host action a kind adds on one of its polls (a word hidden, an entry
   * approved): `path` below the poll's URL. Answers `{poll}` or `{entry}`.
   */
  pollAction: (
    code: string,
    key: string,
    pollId: number,
    method: PollActionMethod,
    path: string,
    body: unknown,
  ) => call<{ poll?: Poll }>(method, `${events(code)}/polls/${pollId}/${path}`, { key, body }),
  results: (code: string, pollId: number, key?: string) =>
    call<Results>('GET', `${events(code)}/polls/${pollId}/results`, key ? { key } : {}),
  /** The CSV needs the key in a header, so it is fetched and handed over as a blob download. */
  downloadCsv: (code: string, key: string) => hostFile(`${events(code)}/export.csv`, key),
  /** A poll's results as a PNG for slides, drawn by the server; fetched with the key as the CSV is. */
  downloadResultsImage: (code: string, key: string, pollId: number, theme: 'light' | 'dark') =>
    hostFile(`${events(code)}/polls/${pollId}/results.png?theme=${theme}`, key),
  qrUrl: (code: string) => `${events(code)}/qr.svg`,
  /** The quiz leaderboard (anyone may read it): the top 10, more on a tie for 10th place. */
  leaderboard: (code: string) => call<Leaderboard>('GET', `${events(code)}/leaderboard`),
  /** The event's webhooks, without their secrets. */
  webhooks: (code: string, key: string) =>
    call<WebhookList>('GET', `${events(code)}/webhooks`, { key }),
  /** Registers one; the answer is the only time its signing secret is seen. */
  addWebhook: (code: string, key: string, body: CreateWebhookBody) =>
    call<CreatedWebhook>('POST', `${events(code)}/webhooks`, { key, body }),
  removeWebhook: (code: string, key: string, webhookId: number) =>
    call<void>('DELETE', `${events(code)}/webhooks/${webhookId}`, { key }),
};
