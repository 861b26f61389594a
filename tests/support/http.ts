/** Small fetch helpers for tests: JSON in, status and JSON out. */
export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export async function request<T = any>(
  baseUrl: string,
  method: string,
  path: string,
  options: { body?: unknown; token?: string; raw?: string; headers?: Record<string, string> } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(baseUrl + path, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON (CSV, SVG, HTML) */
  }
  return { status: response.status, body: parsed as T, headers: response.headers };
}

/** Create an event and return its code and host key. */
export async function createEvent(baseUrl: string, title = 'Test event') {
  const { status, body } = await request(baseUrl, 'POST', '/api/events', { body: { title } });
  if (status !== 201) throw new Error(`create event: ${status} ${JSON.stringify(body)}`);
  return { code: body.event.code as string, hostKey: body.hostKey as string, links: body.links };
}

/** Create a poll (and optionally open it and put it on screen). */
export async function createPoll(
  baseUrl: string,
  code: string,
  hostKey: string,
  poll: Record<string, unknown> = { question: 'Q?', kind: 'single', options: ['A', 'B', 'C'] },
  { open = true, active = true } = {},
) {
  const created = await request(baseUrl, 'POST', `/api/events/${code}/polls`, {
    body: poll,
    token: hostKey,
  });
  if (created.status !== 201)
    throw new Error(`create poll: ${created.status} ${JSON.stringify(created.body)}`);
  const id = created.body.poll.id as number;
  if (open)
    await request(baseUrl, 'PATCH', `/api/events/${code}/polls/${id}`, {
      body: { state: 'open' },
      token: hostKey,
    });
  if (active)
    await request(baseUrl, 'PUT', `/api/events/${code}/active`, {
      body: { pollId: id },
      token: hostKey,
    });
  return created.body.poll as { id: number; options: { id: number; label: string }[] };
}
