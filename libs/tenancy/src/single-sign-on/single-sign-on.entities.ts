import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Filter, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData, tenantFilter, TenantOwned } from '@ptc/platform';

/** The roles a school may let sign in through its identity provider. */
export const SINGLE_SIGN_ON_ROLES = ['school_admin', 'teacher', 'parent'] as const;
export type SingleSignOnRole = (typeof SINGLE_SIGN_ON_ROLES)[number];

/**
 * The school's OpenID Connect provider (issue 21): staff (and parents, if the school chooses) sign
 * in with it and are matched to their login by verified email. One per school. The client secret
 * is kept encrypted with the envelope cipher.
 */
@PersonalData<SignInProvider>({
  subjects: "the school's admins who set up single sign-on",
  source: "the school's admins",
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    displayName: NOT_PERSONAL,
    issuer: NOT_PERSONAL,
    clientId: NOT_PERSONAL,
    clientSecret: { category: 'account', purpose: "PTC's credential at the school's identity provider (encrypted)", secret: true },
    allowedEmailDomains: NOT_PERSONAL,
    roles: NOT_PERSONAL,
    staffPasswordSignIn: NOT_PERSONAL,
    updatedAt: NOT_PERSONAL,
    updatedBy: { category: 'person reference', purpose: 'which admin last set up single sign-on' },
  },
})
@Entity({ tableName: 'sign_in_provider' })
@Filter(tenantFilter)
@Unique({ properties: ['schoolId'] })
export class SignInProvider extends TenantOwned {
  [OptionalProps]?: 'staffPasswordSignIn';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** What the sign-in button says: "Sign in with <displayName>". */
  @Property({ type: 'text' })
  displayName!: string;

  @Property({ type: 'text' })
  issuer!: string;

  @Property({ type: 'text' })
  clientId!: string;

  @Property({ type: 'bytea', lazy: true })
  clientSecret!: Buffer;

  /** Lower-case domains an email must end in ("riverside.sch.uk"); empty: any the provider vouches for. */
  @Property({ type: 'text[]' })
  allowedEmailDomains!: string[];

  @Property({ type: 'text[]' })
  roles!: SingleSignOnRole[];

  /** False: teachers and admins may sign in only through the provider. */
  @Property({ type: 'boolean' })
  staffPasswordSignIn: boolean = true;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'uuid' })
  updatedBy!: string;
}

/**
 * One browser's trip to the provider and back: the state it must bring back (as a hash), the
 * nonce the ID token must carry and the PKCE verifier. Used once, for ten minutes at most; kept
 * in PostgreSQL because the browser may come back to any instance.
 */
@PersonalData<SignInAttempt>({
  subjects: 'people signing in through their school’s identity provider',
  source: 'PTC, when someone starts signing in with the provider',
  retention: 'short',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    stateHash: { category: 'online identifiers', purpose: 'recognising the browser coming back from the provider (hash only)', secret: true },
    nonce: { category: 'online identifiers', purpose: 'binding the ID token to this sign-in', secret: true },
    codeVerifier: { category: 'online identifiers', purpose: 'proving to the provider that PTC started this sign-in (PKCE)', secret: true },
    next: { category: 'online identifiers', purpose: 'returning the person to the page they asked for' },
    expiresAt: NOT_PERSONAL,
  },
})
@Entity({ tableName: 'sign_in_attempt' })
@Filter(tenantFilter)
export class SignInAttempt extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  stateHash!: string;

  @Property({ type: 'text' })
  nonce!: string;

  @Property({ type: 'text' })
  codeVerifier!: string;

  /** The page of PTC to open after signing in (a path). */
  @Property({ type: 'text', nullable: true })
  next: string | null = null;

  @Property({ type: 'timestamptz', index: true })
  expiresAt!: Date;
}
