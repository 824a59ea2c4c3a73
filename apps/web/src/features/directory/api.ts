import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type Kind = 'students' | 'contacts' | 'teachers';
export const PAGE_SIZE = 25;

type Page = { q: string; offset: number };
const query = ({ q, offset }: Page) => ({ limit: PAGE_SIZE, offset, ...(q.trim() ? { q: q.trim() } : {}) });

export const useStudents = (page: Page, enabled: boolean) =>
  useQuery({ queryKey: ['directory', 'students', page], queryFn: () => unwrap(api.GET('/api/v1/admin/students', { params: { query: query(page) } })), enabled, placeholderData: keepPreviousData });

export const useAdults = (kind: 'contacts' | 'teachers', page: Page, enabled: boolean) =>
  useQuery({
    queryKey: ['directory', kind, page],
    queryFn: () => unwrap(kind === 'contacts' ? api.GET('/api/v1/admin/contacts', { params: { query: query(page) } }) : api.GET('/api/v1/admin/teachers', { params: { query: query(page) } })),
    enabled,
    placeholderData: keepPreviousData,
  });

export function useInvite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['InviteDto']) => unwrap(api.POST('/api/v1/admin/invitations', { body })),
    onSettled: () => client.invalidateQueries({ queryKey: ['directory'] }),
  });
}

export const useStudent = (id: string, enabled: boolean) =>
  useQuery({ queryKey: ['directory', 'student', id], queryFn: () => unwrap(api.GET('/api/v1/admin/students/{id}', { params: { path: { id } } })), enabled });
export const useContact = (id: string, enabled: boolean) =>
  useQuery({ queryKey: ['directory', 'contact', id], queryFn: () => unwrap(api.GET('/api/v1/admin/contacts/{id}', { params: { path: { id } } })), enabled });
export const useTeacher = (id: string, enabled: boolean) =>
  useQuery({ queryKey: ['directory', 'teacher', id], queryFn: () => unwrap(api.GET('/api/v1/admin/teachers/{id}', { params: { path: { id } } })), enabled });

/** Any change reads the directory again. */
function useDirectoryChange<T>(change: (input: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: change, onSettled: () => client.invalidateQueries({ queryKey: ['directory'] }) });
}

export const useUpdatePerson = (kind: Kind, id: string) =>
  useDirectoryChange(async (body: Schemas['UpdateAdultDto'] & Schemas['UpdateStudentDto']) => {
    if (kind === 'students') return unwrap(api.PATCH('/api/v1/admin/students/{id}', { params: { path: { id } }, body: { firstName: body.firstName, lastName: body.lastName, yearLabel: body.yearLabel } }));
    if (kind === 'contacts') return unwrap(api.PATCH('/api/v1/admin/contacts/{id}', { params: { path: { id } }, body }));
    return unwrap(api.PATCH('/api/v1/admin/teachers/{id}', { params: { path: { id } }, body }));
  });

export const useUnlink = (kind: 'contacts' | 'teachers', id: string) =>
  useDirectoryChange((studentId: string) =>
    unwrap(
      kind === 'contacts'
        ? api.DELETE('/api/v1/admin/contacts/{id}/links/{studentId}', { params: { path: { id, studentId } } })
        : api.DELETE('/api/v1/admin/teachers/{id}/links/{studentId}', { params: { path: { id, studentId } } }),
    ),
  );

export const useLinkContact = (id: string) =>
  useDirectoryChange((body: Schemas['LinkContactDto']) => unwrap(api.POST('/api/v1/admin/contacts/{id}/links', { params: { path: { id } }, body })));
