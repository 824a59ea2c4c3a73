// oidc-provider ships no types; this is the part of its API the tests use.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  interface ClientMetadata {
    client_id: string;
    client_secret: string;
    redirect_uris: string[];
    grant_types?: string[];
    response_types?: string[];
    token_endpoint_auth_method?: string;
  }
  interface Account {
    accountId: string;
    claims(): Record<string, unknown> | Promise<Record<string, unknown>>;
  }
  interface Configuration {
    clients: ClientMetadata[];
    jwks: { keys: object[] };
    cookies: { keys: string[] };
    claims: Record<string, string[] | null>;
    features: Record<string, { enabled: boolean }>;
    ttl: Record<string, number>;
    findAccount(ctx: unknown, id: string): Promise<Account | undefined> | Account | undefined;
    interactions?: { url(ctx: unknown, interaction: { uid: string }): string };
  }
  interface InteractionDetails {
    uid: string;
    params: Record<string, string>;
  }
  class Grant {
    constructor(properties: { accountId: string; clientId: string });
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }
  interface IdTokenInstance {
    client: { clientId: string };
  }
  export default class Provider {
    constructor(issuer: string, configuration: Configuration);
    Grant: typeof Grant;
    IdToken: { prototype: IdTokenInstance & { issue(options?: unknown): Promise<string> } };
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(req: IncomingMessage, res: ServerResponse, result: object, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
  }
}
