import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '@ptc/api-client';

export type Schemas = components['schemas'];
export type ErrorBody = Schemas['ErrorBody'];

/**
 * The access token lives in this module's memory only: never in storage or a URL, so a script
 * on another page cannot read it and it ends with the tab. Same origin, so no CORS.
 */
let accessToken: string | null = null;
const signedOutListeners = new Set<() => void>();

export function setAccessToken(token: string | null): void {
  accessToken = token;
}

export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

const bearer: Middleware = {
  onRequest({ request }) {
    if (accessToken) request.headers.set('Authorization', `Bearer ${accessToken}`);
    return request;
  },
  onResponse({ response }) {
    // A revoked or expired token: the session is over (sign in again).
    if (response.status === 401 && accessToken) {
      accessToken = null;
      for (const listener of signedOutListeners) listener();
    }
    return response;
  },
};

/** The API, typed from its OpenAPI document (libs/api-client, `npm run api:types`). */
export const api = createClient<paths>({ baseUrl: '' });
api.use(bearer);

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | null,
    readonly retryAfterSeconds: number | null,
  ) {
    super(body?.code ?? `HTTP ${status}`);
  }

  get code(): string | null {
    return this.body?.code ?? null;
  }
}

/** The answer's data, or an ApiError with the error body. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const retry = Number(response.headers.get('retry-after'));
    throw new ApiError(response.status, (error as ErrorBody | undefined) ?? null, Number.isFinite(retry) && retry > 0 ? retry : null);
  }
  return data as T;
}
