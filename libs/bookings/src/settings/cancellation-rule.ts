/** How long parents may cancel their own appointments; admins and teachers always may. */
export interface CancellationPolicy {
  /** Hours before the appointment; null: until the evening's booking window closes. */
  parentCancelCutoffHours: number | null;
}

export const DEFAULT_CANCELLATION_POLICY: CancellationPolicy = { parentCancelCutoffHours: null };

/**
 * The last moment a parent may cancel: the school's cut-off, and never once the appointment has
 * started (a window that closes after the evening began does not reopen a past appointment).
 */
export function parentCancellableUntil(policy: CancellationPolicy, evening: { closesAt: Date }, appointment: { startsAt: Date }): Date {
  const cutoff = policy.parentCancelCutoffHours === null
    ? evening.closesAt
    : new Date(appointment.startsAt.getTime() - policy.parentCancelCutoffHours * 3_600_000);
  return cutoff < appointment.startsAt ? cutoff : appointment.startsAt;
}
