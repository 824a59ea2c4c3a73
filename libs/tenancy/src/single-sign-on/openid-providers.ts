import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { Clock } from '@ptc/platform';

export interface ProviderSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** What the provider vouches for about the person who signed in. */
export interface ProviderIdentity {
  subject: string;
  email: string | null;
  emailVerified: boolean;
}

export class ProviderUnreachable extends Error {}
export class ProviderResponseRejected extends Error {}

const DISCOVERY_SECONDS = 600;
const REQUEST_TIMEOUT_SECONDS = 10;

/**
 * PTC as an OpenID Connect client (authorization code flow with PKCE, `openid-client`). The
 * providers' discovery documents are cached per instance for ten minutes: a cache, not state
 * another instance needs.
 */
@Injectable()
export class OpenIdProviders {
  private readonly logger = new Logger('SingleSignOn');
  private readonly discovered = new Map<string, { configuration: oidc.Configuration; until: number }>();

  constructor(private readonly clock: Clock) {}

  /** Fetches (or reuses) the issuer's discovery document; ProviderUnreachable when it cannot. */
  async discover(settings: ProviderSettings): Promise<oidc.Configuration> {
    const key = createHash('sha256').update(`${settings.issuer}\n${settings.clientId}\n${settings.clientSecret}`).digest('base64url');
    const now = this.clock.now().getTime();
    const cached = this.discovered.get(key);
    if (cached && cached.until > now) return cached.configuration;
    try {
      const configuration = await oidc.discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
        timeout: REQUEST_TIMEOUT_SECONDS,
        // Allowed only for loopback issuers outside production (issuerProblem), i.e. a provider started by tests.
        execute: settings.issuer.startsWith('http:') ? [oidc.allowInsecureRequests] : [],
      });
      this.discovered.set(key, { configuration, until: now + DISCOVERY_SECONDS * 1000 });
      return configuration;
    } catch (error) {
      this.logger.warn(`discovery of ${settings.issuer} failed: ${describe(error)}`);
      throw new ProviderUnreachable(describe(error));
    }
  }

  async authorizationUrl(settings: ProviderSettings, request: { redirectUri: string; state: string; nonce: string; codeVerifier: string }): Promise<string> {
    const configuration = await this.discover(settings);
    return oidc
      .buildAuthorizationUrl(configuration, {
        redirect_uri: request.redirectUri,
        scope: 'openid email',
        response_type: 'code',
        state: request.state,
        nonce: request.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(request.codeVerifier),
        code_challenge_method: 'S256',
      })
      .toString();
  }

  /**
   * Trades the code the browser brought back for tokens and checks the ID token (issuer,
   * audience, signature, expiry, nonce) and the state; the email comes from the ID token or,
   * when the provider keeps it there, its userinfo endpoint.
   */
  async identify(
    settings: ProviderSettings,
    response: { redirectUri: string; parameters: Record<string, string>; expectedState: string; expectedNonce: string; codeVerifier: string },
  ): Promise<ProviderIdentity> {
    const configuration = await this.discover(settings);
    const callback = new URL(response.redirectUri);
    for (const [name, value] of Object.entries(response.parameters)) callback.searchParams.set(name, value);
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, callback, {
        pkceCodeVerifier: response.codeVerifier,
        expectedState: response.expectedState,
        expectedNonce: response.expectedNonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims()!;
      const source: Record<string, unknown> = typeof claims.email === 'string' ? claims : await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      return {
        subject: claims.sub,
        email: typeof source.email === 'string' ? source.email.trim() : null,
        emailVerified: source.email_verified === true,
      };
    } catch (error) {
      this.logger.warn(`the provider's answer was refused: ${describe(error)}`);
      throw new ProviderResponseRejected(describe(error));
    }
  }
}

/** An error's message and code, which name the check that failed and never a token. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  // The OAuth error the provider answered with (invalid_grant, ...), when it did.
  const oauthError = (error as { error?: unknown }).error;
  return `${typeof code === 'string' ? `${code}: ` : ''}${error.message}${typeof oauthError === 'string' ? ` [${oauthError}]` : ''}${cause}`;
}
