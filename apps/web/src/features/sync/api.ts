import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type Source = 'oneroster' | 'csv' | 'json';
export type SyncResult = Schemas['SyncResultView'];

/** Sends the chosen files to the sync: multipart for OneRoster and CSV, the JSON snapshot as it is. */
async function send(source: Source, files: File[], options: { dryRun: boolean; force: boolean }): Promise<SyncResult> {
  const query = { dryRun: options.dryRun, force: options.force };
  if (source === 'json') {
    const body = JSON.parse(await files[0].text()) as Schemas['DirectorySnapshotBody'];
    return unwrap(api.POST('/api/v1/admin/sync/json', { params: { query }, body }));
  }
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  const path = source === 'oneroster' ? '/api/v1/admin/sync/oneroster' : '/api/v1/admin/sync/csv';
  // The multipart body goes as the browser builds it (with its boundary), not as JSON.
  return unwrap(api.POST(path, { params: { query }, body: form as never, bodySerializer: (body: unknown) => body as FormData }));
}

export function useSync() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ source, files, dryRun, force }: { source: Source; files: File[]; dryRun: boolean; force: boolean }) => send(source, files, { dryRun, force }),
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: ['sync', 'runs'] }), client.invalidateQueries({ queryKey: ['directory'] })]),
  });
}

export const useRuns = (offset: number) =>
  useQuery({ queryKey: ['sync', 'runs', offset], queryFn: () => unwrap(api.GET('/api/v1/admin/sync/runs', { params: { query: { limit: 10, offset } } })), placeholderData: keepPreviousData });
