import { Conflict, DomainError, Invalid, NotFound } from '@ptc/platform';
import type { SyncProblem } from './sync/directory-snapshot.js';

export const DirectoryErrors = {
  notFound: (kind: string) => NotFound(`DIRECTORY.${kind.toUpperCase()}_NOT_FOUND`, `No such ${kind}`),
  sisIdTaken: (kind: string) => Conflict('DIRECTORY.SIS_ID_TAKEN', `Another ${kind} already has this SIS id`),
  invalidField: (field: string, reason: string) => Invalid('VALIDATION.FAILED', 'The request is not valid', [{ field, problems: [reason] }]),
  syncInvalid: (problems: SyncProblem[]) =>
    new DomainError('unprocessable', 'SYNC.INVALID_ROWS', `The import has ${problems.length} problem(s); nothing was changed`, { problems }),
  orgNotMapped: (orgs: { sourcedId: string; name: string | null }[]) =>
    new DomainError(
      'unprocessable',
      'SYNC.ORG_NOT_MAPPED',
      `This OneRoster bundle holds ${orgs.length} schools: set which org is this school (directory settings), then upload again`,
      { orgs },
    ),
  rosterDeltaWithoutBulk: () =>
    new DomainError(
      'unprocessable',
      'SYNC.DELTA_NEEDS_BULK',
      'A delta classes or enrollments file changes the classes PTC holds from an earlier bulk OneRoster sync, and there is none: upload a bulk bundle first',
    ),
  syncUnreadable: (reason: string) => new DomainError('validation', 'SYNC.UNREADABLE', reason),
  zipTooLarge: (entries: number, bytes: number) =>
    new DomainError('payload_too_large', 'SYNC.ZIP_TOO_LARGE', `A zip may hold at most ${entries} files and ${Math.round(bytes / 1024 / 1024)} MB once expanded`),
  massDeletion: (kinds: { kind: string; deleting: number; existing: number }[], maxShare: number) =>
    new DomainError(
      'conflict',
      'SYNC.MASS_DELETION',
      `This sync would delete more than ${Math.round(maxShare * 100)} % of ${kinds.map((k) => k.kind).join(', ')}; ` +
        'check the export is complete, or repeat with force=true',
      { kinds, maxShare },
    ),
  invitationInvalid: () =>
    new DomainError('validation', 'INVITATION.INVALID', 'This invitation link is not valid: it may have expired or been used already'),
  noEmail: () => Invalid('INVITATION.NO_EMAIL', 'This person has no email address to send an invitation to'),
  alreadyHasAccount: () => Conflict('INVITATION.ALREADY_HAS_ACCOUNT', 'This person already has an account'),
};
