/** Why a person was not invited; a disabled login is named, since an admin must enable it rather than invite. */
export const SKIP_REASONS = ['not_found', 'no_email', 'has_account', 'login_disabled'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];
