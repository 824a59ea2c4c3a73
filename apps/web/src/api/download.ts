import { api, unwrap } from './client';
import type { paths } from '@ptc/api-client';

type FilePath = '/api/v1/admin/privacy/school-exports/{id}/download' | '/api/v1/admin/events/{id}/bookings.csv' | '/api/v1/admin/events/{id}/teachers/{teacherId}/schedule.csv' | '/api/v1/admin/exports/contacts.csv' | '/api/v1/bookings/{id}/calendar.ics'
  | '/api/v1/operator/schools/{id}/support-cases/{caseId}/attachments/{attachmentId}'
  | '/api/v1/admin/support-cases/{caseId}/attachments/{attachmentId}'
  | '/api/v1/operator/incidents/{id}/schools/{schoolId}/affected.csv'
  | '/api/v1/admin/incidents/{id}/affected.csv'
  | '/api/v1/admin/breach-report.csv';

/**
 * A file the API answers only with the session's token: fetched here and handed to the browser to
 * save (a plain link would go without the token, which lives in memory only).
 */
export async function downloadFile<P extends FilePath>(path: P, pathParams: Record<string, string>, filename: string, query: Record<string, string> = {}): Promise<void> {
  const get = api.GET as unknown as (path: keyof paths, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  saveFile((await unwrap(get(path, { params: { path: pathParams, query }, parseAs: 'blob' }))) as Blob, filename);
}

/** Hands data the page already holds to the browser to save as a file. */
export function saveFile(file: Blob, filename: string): void {
  const url = URL.createObjectURL(file);
  Object.assign(document.createElement('a'), { href: url, download: filename }).click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
