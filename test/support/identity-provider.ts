import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person at the provider: their email and whether the provider vouches for it. */
export interface ProviderPerson {
  email: string;
  emailVerified: boolean;
}

export interface ProviderClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

/**
 * A real OpenID Connect provider (`oidc-provider`) on loopback, as a school's would be. Its sign-in
 * page asks only for an email (a person typed in `people` signs in as themselves; anyone else as
 * a person whose email is verified) and consent is implied.
 */
export interface IdentityProvider {
  issuer: string;
  people: Map<string, ProviderPerson>;
  /** From now on the ID tokens name this audience instead of the client (null: the client again). */
  issueIdTokensFor(audience: string | null): void;
  close(): Promise<void>;
}

export async function startIdentityProvider(clients: ProviderClient[]): Promise<IdentityProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const people = new Map<string, ProviderPerson>();
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  // Its in-memory store warns that it is not for production: it is exactly what a test wants.
  const warn = console.warn;
  console.warn = () => {};
  const provider = new Provider(issuer, {
    clients: clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: [c.redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    })),
    jwks: { keys: [{ ...signingKey, use: 'sig', alg: 'RS256', kid: 'test-key' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    features: { devInteractions: { enabled: false } },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Grant: 600, Session: 3600 },
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, email: id, email_verified: people.get(id)?.emailVerified ?? true }),
    }),
  });
  console.warn = warn;

  let audienceOverride: string | null = null;
  const issue = provider.IdToken.prototype.issue;
  provider.IdToken.prototype.issue = function (this: { client: { clientId: string } }, options?: unknown) {
    if (audienceOverride) {
      const client = this.client;
      const audience = audienceOverride;
      this.client = new Proxy(client, { get: (target, property) => (property === 'clientId' ? audience : Reflect.get(target, property, target)) });
    }
    return issue.call(this as never, options);
  };

  const handle = provider.callback();
  server.on('request', (req, res) => {
    const interaction = /^\/interaction\/[^/?]+/.exec(req.url ?? '');
    if (!interaction) return handle(req, res);
    signInPage(provider, req, res).catch((error: Error) => {
      res.statusCode = 500;
      res.end(error.message);
    });
  });

  return {
    issuer,
    people,
    issueIdTokensFor: (audience) => {
      audienceOverride = audience;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function signInPage(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET') {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test identity provider</title></head><body><main>
      <h1>Sign in to the test identity provider</h1>
      <form method="post" action="/interaction/${details.uid}"><label for="email">Email</label> <input id="email" name="email" type="email" autocomplete="email">
      <button type="submit">Continue</button></form></main></body></html>`);
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const email = new URLSearchParams(Buffer.concat(chunks).toString('utf8')).get('email')?.trim().toLowerCase() ?? '';
  const grant = new provider.Grant({ accountId: email, clientId: details.params.client_id });
  grant.addOIDCScope('openid email');
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { login: { accountId: email }, consent: { grantId } }, { mergeWithLastSubmission: false });
}

/**
 * Signs in at the provider as a browser would (following its redirects with its cookies) and
 * returns the URL the provider sends the browser back to, with its code and state.
 */
export async function signInAtProvider(authorizationUrl: string, email: string): Promise<URL> {
  const cookies = new Map<string, string>();
  const issuerOrigin = new URL(authorizationUrl).origin;
  let url = new URL(authorizationUrl);
  let body: string | undefined;
  for (let hop = 0; hop < 10; hop++) {
    if (url.origin !== issuerOrigin) return url;
    const res = await fetch(url, {
      method: body === undefined ? 'GET' : 'POST',
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '), ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }) },
      body,
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair.indexOf('=');
      cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    body = undefined;
    if (res.status === 200 && /\/interaction\//.test(url.pathname)) {
      // The provider's sign-in page: the person types their email.
      body = new URLSearchParams({ email }).toString();
      continue;
    }
    const location = res.headers.get('location');
    if (!location) throw new Error(`the provider answered ${res.status} at ${url.pathname}: ${await res.text()}`);
    url = new URL(location, url);
  }
  throw new Error('the provider kept redirecting');
}
