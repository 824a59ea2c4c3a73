/**
 * Families who have not booked yet: parents or carers none of whose invited children has an
 * appointment in the evening (whoever in the family booked it). A family with two children of
 * whom one is booked has started, so it does not count.
 */
export function familiesNotBooked(families: { contactId: string; studentIds: string[] }[], bookedStudentIds: ReadonlySet<string>): number {
  return families.filter((family) => family.studentIds.every((studentId) => !bookedStudentIds.has(studentId))).length;
}
