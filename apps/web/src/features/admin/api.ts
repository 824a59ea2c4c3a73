import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type Grid = Schemas['EveningGridView'];
export type GridSlot = Schemas['GridSlotView'];

/** How often an open grid asks for the evening again (see README: why polling). */
export const GRID_REFRESH_MS = 5000;

export const useAdminEvenings = () =>
  useQuery({ queryKey: ['admin', 'evenings'], queryFn: () => unwrap(api.GET('/api/v1/admin/events', { params: { query: { limit: 100 } } })) });

export const useAdminEvening = (id: string) => useQuery({ queryKey: ['admin', 'evening', id], queryFn: () => unwrap(api.GET('/api/v1/admin/events/{id}', { params: { path: { id } } })) });

/** The whole evening, kept current while the page is open: parents book meanwhile. */
export const useGrid = (id: string) =>
  useQuery({
    queryKey: ['admin', 'grid', id],
    queryFn: () => unwrap(api.GET('/api/v1/admin/events/{id}/grid', { params: { path: { id } } })),
    refetchInterval: GRID_REFRESH_MS,
    refetchIntervalInBackground: false,
    staleTime: 0,
  });

export const useTeacherStudents = (teacherId: string | null) =>
  useQuery({
    queryKey: ['admin', 'teacher', teacherId],
    queryFn: () => unwrap(api.GET('/api/v1/admin/teachers/{id}', { params: { path: { id: teacherId! } } })),
    enabled: Boolean(teacherId),
  });

export const useStudentContacts = (studentId: string | null) =>
  useQuery({
    queryKey: ['admin', 'student', studentId],
    queryFn: () => unwrap(api.GET('/api/v1/admin/students/{id}', { params: { path: { id: studentId! } } })),
    enabled: Boolean(studentId),
  });

/** Every change on the grid reads the grid again at once. */
function useGridChange<T>(eveningId: string, change: (input: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: change, onSettled: () => client.invalidateQueries({ queryKey: ['admin', 'grid', eveningId] }) });
}

export const useBookForFamily = (eveningId: string) =>
  useGridChange(eveningId, (body: { studentId: string; contactId: string; teacherId: string; slotId: string }) => unwrap(api.POST('/api/v1/bookings', { body: { eventId: eveningId, ...body } })));

export const useMoveAppointment = (eveningId: string) =>
  useGridChange(eveningId, ({ appointmentId, slotId }: { appointmentId: string; slotId: string }) =>
    unwrap(api.POST('/api/v1/bookings/{id}/move', { params: { path: { id: appointmentId } }, body: { slotId } })),
  );

export const useCancelAppointment = (eveningId: string) =>
  useGridChange(eveningId, ({ appointmentId, reason }: { appointmentId: string; reason: string }) =>
    unwrap(api.POST('/api/v1/bookings/{id}/cancel', { params: { path: { id: appointmentId } }, body: reason ? { reason } : {} })),
  );

export const useSlotOffered = (eveningId: string) =>
  useGridChange(eveningId, ({ slotId, offered }: { slotId: string; offered: boolean }) =>
    unwrap(
      offered
        ? api.POST('/api/v1/admin/events/{id}/slots/{slotId}/unblock', { params: { path: { id: eveningId, slotId } } })
        : api.POST('/api/v1/admin/events/{id}/slots/{slotId}/block', { params: { path: { id: eveningId, slotId } } }),
    ),
  );

export function useCreateEvening() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateEveningDto']) => unwrap(api.POST('/api/v1/admin/events', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'evenings'] }),
  });
}

/** A change to the evening reads it, the list and its grid again. */
function useEveningChange<T, R>(id: string, change: (input: T) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSettled: () => Promise.all([['admin', 'evening', id], ['admin', 'evenings'], ['admin', 'grid', id]].map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

export const usePublish = (id: string) => useEveningChange(id, () => unwrap(api.POST('/api/v1/admin/events/{id}/publish', { params: { path: { id } } })));
export const useClose = (id: string) => useEveningChange(id, () => unwrap(api.POST('/api/v1/admin/events/{id}/close', { params: { path: { id } } })));
export const useDeleteDraft = (id: string) => useEveningChange(id, () => unwrap(api.DELETE('/api/v1/admin/events/{id}', { params: { path: { id } } })));

export const useTeacherAvailability = (id: string) =>
  useEveningChange(id, ({ teacherId, availability, cancelAffected }: { teacherId: string; availability: Schemas['AvailabilityDto']; cancelAffected: boolean }) =>
    unwrap(api.PUT('/api/v1/admin/events/{id}/teachers/{teacherId}/availability', { params: { path: { id, teacherId }, query: { cancelAffected } }, body: availability })),
  );

export const useLicence = () => useQuery({ queryKey: ['school', 'licence'], queryFn: () => unwrap(api.GET('/api/v1/school/licence')) });

export const useUpdateDraft = (id: string) => useEveningChange(id, (body: Schemas['CreateEveningDto']) => unwrap(api.PUT('/api/v1/admin/events/{id}', { params: { path: { id } }, body })));

export const useUpdateDetails = (id: string) =>
  useEveningChange(id, ({ body, cancelAffected }: { body: Schemas['EveningDetailsDto']; cancelAffected: boolean }) =>
    unwrap(api.PATCH('/api/v1/admin/events/{id}', { params: { path: { id }, query: { cancelAffected } }, body })),
  );

export const useAddTeacher = (id: string) => useEveningChange(id, (teacherId: string) => unwrap(api.POST('/api/v1/admin/events/{id}/teachers', { params: { path: { id } }, body: { teacherId } })));

export const useRemoveTeacher = (id: string) =>
  useEveningChange(id, ({ teacherId, cancelAffected }: { teacherId: string; cancelAffected: boolean }) =>
    unwrap(api.DELETE('/api/v1/admin/events/{id}/teachers/{teacherId}', { params: { path: { id, teacherId }, query: { cancelAffected } } })),
  );

export const useSchoolContacts = () => useQuery({ queryKey: ['admin', 'school-contacts'], queryFn: () => unwrap(api.GET('/api/v1/admin/school-contacts')) });

export function useUpdateSchoolContacts() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['SchoolContactsDto']) => unwrap(api.PUT('/api/v1/admin/school-contacts', { body })),
    onSuccess: (saved) => client.setQueryData(['admin', 'school-contacts'], saved),
  });
}
