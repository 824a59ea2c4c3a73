/**
 * What tenancy asks of the directory, which holds the people: the directory module provides it.
 * Tenancy cannot import the directory (the directory builds on tenancy), so the port is declared
 * here and looked up when first needed.
 */
export abstract class DirectoryPeople {
  /** The kind of this directory record in the current school, or null when the school has none. */
  abstract kindOf(personId: string): Promise<'contact' | 'teacher' | null>;
}

/** Which directory kind a login of each role may belong to. */
export const PERSON_KIND_OF_ROLE: Record<'parent' | 'teacher' | 'school_admin', 'contact' | 'teacher'> = {
  parent: 'contact',
  teacher: 'teacher',
  school_admin: 'teacher',
};
