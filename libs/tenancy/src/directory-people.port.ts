/**
 * What tenancy asks of the directory, which holds the people: the directory module provides it.
 * Tenancy cannot import the directory (the directory builds on tenancy), so the port is declared
 * here and looked up when first needed.
 */
export abstract class DirectoryPeople {
  /** The kind of this directory record in the current school, or null when the school has none. */
  abstract kindOf(personId: string): Promise<'contact' | 'teacher' | null>;

  /** The current school's contacts and teachers with this email address, in any letter case. */
  /** The email address of a contact or teacher of the current school, or null. */
  abstract emailOf(personId: string): Promise<string | null>;

  abstract withEmail(email: string): Promise<{ id: string; kind: 'contact' | 'teacher' }[]>;
}

/** Which directory kind a login of each role may belong to. */
export const PERSON_KIND_OF_ROLE: Record<'parent' | 'teacher' | 'school_admin', 'contact' | 'teacher'> = {
  parent: 'contact',
  teacher: 'teacher',
  school_admin: 'teacher',
};
