import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type Request = Schemas['SubjectRequestView'];
export type RequestDetail = Schemas['SubjectRequestDetailView'];

export const useRequests = (status: 'open' | 'all') =>
  useQuery({ queryKey: ['privacy', 'requests', status], queryFn: () => unwrap(api.GET('/api/v1/admin/privacy/requests', { params: { query: { status, limit: 100 } } })), placeholderData: keepPreviousData });

export const useRequest = (id: string) => useQuery({ queryKey: ['privacy', 'request', id], queryFn: () => unwrap(api.GET('/api/v1/admin/privacy/requests/{id}', { params: { path: { id } } })) });

/** One step on a request: the queue and the request are read again after it. */
export function useStep(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (step: { kind: 'acknowledge' } | { kind: 'extend'; months: number; reason: string } | { kind: 'fulfil'; action: 'export' | 'erasure' | 'rectification' | 'other'; note?: string } | { kind: 'reject' | 'close'; reason: string }) => {
      const path = { params: { path: { id } } };
      switch (step.kind) {
        case 'acknowledge':
          return unwrap(api.POST('/api/v1/admin/privacy/requests/{id}/acknowledge', path));
        case 'extend':
          return unwrap(api.POST('/api/v1/admin/privacy/requests/{id}/extend', { ...path, body: { months: step.months, reason: step.reason } }));
        case 'fulfil':
          return unwrap(api.POST('/api/v1/admin/privacy/requests/{id}/fulfil', { ...path, body: { action: step.action, ...(step.note ? { note: step.note } : {}) } }));
        case 'reject':
          return unwrap(api.POST('/api/v1/admin/privacy/requests/{id}/reject', { ...path, body: { reason: step.reason } }));
        case 'close':
          return unwrap(api.POST('/api/v1/admin/privacy/requests/{id}/close', { ...path, body: { reason: step.reason } }));
      }
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['privacy'] }),
  });
}

/** The whole-school exports; read again every few seconds while one is being built. */
export const useSchoolExports = () =>
  useQuery({
    queryKey: ['privacy', 'school-exports'],
    queryFn: () => unwrap(api.GET('/api/v1/admin/privacy/school-exports', { params: { query: { limit: 10 } } })),
    refetchInterval: (query) => (query.state.data?.items.some((e) => e.status !== 'ready' && e.status !== 'failed' && e.status !== 'expired') ? 2000 : false),
  });

export function useRequestSchoolExport() {
  const client = useQueryClient();
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/admin/privacy/school-exports')), onSettled: () => client.invalidateQueries({ queryKey: ['privacy', 'school-exports'] }) });
}
