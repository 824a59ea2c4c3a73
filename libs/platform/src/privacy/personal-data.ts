/**
 * Which columns hold personal data, why, and how long they are kept: declared on every entity,
 * next to its columns, so the records of processing (Art. 30) and the retention purge are
 * generated from the code rather than kept beside it. A test fails when an entity or a column
 * is left unclassified.
 */

export type DataCategory =
  | 'identity'
  | 'contact details'
  | 'family relationship'
  | 'school record'
  | 'appointments'
  | 'account'
  | 'online identifiers'
  | 'communications'
  | 'person reference';

/** How long a kind of record is kept; each rule is explained in {@link RETENTION_RULES}. */
export type Retention = 'licence' | 'usage' | 'customer' | 'short' | 'erasure-ledger';

export const RETENTION_RULES: Record<Retention, string> = {
  licence:
    "While the school's licence runs; deleted within 1 year after termination, or after 1 year of inactivity on a trial (retention purge), or earlier when the school erases the person or its information system no longer lists them.",
  usage: 'USAGE_RETENTION_MONTHS months (default 13) from the request, then purged by the daily usage-retention job.',
  customer: "The vendor's customer record of the school: kept for the contract and its accounting obligations, not deleted by the retention purge.",
  'erasure-ledger':
    'Ids only, never names or contact details: kept so that a restore from a backup made before an erasure erases the person again; deleted with the school.',
  short: 'Days: working data (login throttling, delivered email) removed by the daily housekeeping jobs, and with the school at the latest.',
};

export interface PersonalColumn {
  category: DataCategory;
  purpose: string;
  /** A credential (password hash, token hash): never exported, only deleted. */
  secret?: true;
}

export const NOT_PERSONAL = 'not personal' as const;
export type ColumnClassification = PersonalColumn | typeof NOT_PERSONAL;

type DataKeys<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? never : K }[keyof T] & string;

export interface PersonalDataDeclaration<T> {
  /** Whose data the rows are about. */
  subjects: string;
  /** Where the data comes from. */
  source: string;
  retention: Retention;
  /** Rows deleted with the school's personal data; false only for the customer record. */
  purgedWithSchool: boolean;
  columns: Record<DataKeys<T>, ColumnClassification>;
}

export interface EntityPrivacy {
  entity: string;
  holdsPersonalData: boolean;
  /** Why an entity holds none (for entities without personal data). */
  reason?: string;
  declaration?: PersonalDataDeclaration<unknown>;
}

const registry = new Map<string, EntityPrivacy>();

/** Declares an entity's personal data, column by column (the type requires every column). */
export function PersonalData<T>(declaration: PersonalDataDeclaration<T>) {
  return (target: abstract new (...args: never[]) => T): void => {
    registry.set(target.name, { entity: target.name, holdsPersonalData: true, declaration: declaration as PersonalDataDeclaration<unknown> });
  };
}

/** Declares that an entity holds no personal data, and why. */
export function NoPersonalData(reason: string) {
  return (target: abstract new (...args: never[]) => unknown): void => {
    registry.set(target.name, { entity: target.name, holdsPersonalData: false, reason });
  };
}

export function privacyOf(entityName: string): EntityPrivacy | undefined {
  return registry.get(entityName);
}
