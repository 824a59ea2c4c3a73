import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { downloadFile } from '../../api/download';

export const useOwnContact = () => useQuery({ queryKey: ['parent', 'contact'], queryFn: () => unwrap(api.GET('/api/v1/parent/contact')) });

export const useEvenings = () => useQuery({ queryKey: ['parent', 'evenings'], queryFn: () => unwrap(api.GET('/api/v1/parent/events', { params: { query: { limit: 100 } } })) });

export const useEvening = (id: string) =>
  useQuery({ queryKey: ['parent', 'evening', id], queryFn: () => unwrap(api.GET('/api/v1/parent/events/{id}', { params: { path: { id } } })) });

/** The family's appointments that have not ended, across evenings (the home page). */
export const useUpcomingAppointments = () => useQuery({ queryKey: ['parent', 'appointments'], queryFn: () => unwrap(api.GET('/api/v1/parent/appointments')) });

export function useBook(eveningId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { studentId: string; teacherId: string; slotId: string; jointStudentIds?: string[] }) => unwrap(api.POST('/api/v1/bookings', { body: { eventId: eveningId, ...body } })),
    // Success or not (a slot just taken), the page shows the evening as it now is.
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: ['parent', 'evening', eveningId] }), client.invalidateQueries({ queryKey: ['parent', 'appointments'] })]),
  });
}

export function useMove(eveningId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ appointmentId, slotId }: { appointmentId: string; slotId: string }) =>
      unwrap(api.POST('/api/v1/bookings/{id}/move', { params: { path: { id: appointmentId } }, body: { slotId } })),
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: ['parent', 'evening', eveningId] }), client.invalidateQueries({ queryKey: ['parent', 'appointments'] })]),
  });
}

export function useCancel(eveningId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (appointmentId: string) => unwrap(api.POST('/api/v1/bookings/{id}/cancel', { params: { path: { id: appointmentId } }, body: {} })),
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: ['parent', 'evening', eveningId] }), client.invalidateQueries({ queryKey: ['parent', 'appointments'] })]),
  });
}

/** "Add to calendar": the appointment's .ics, fetched with the session's token and saved by the browser. */
export const downloadCalendar = (appointmentId: string) => downloadFile('/api/v1/bookings/{id}/calendar.ics', { id: appointmentId }, 'appointment.ics');

/** The family's places on the evening's waiting lists (under the evening's key: whatever refreshes the evening refreshes them). */
export const useWaitingPlaces = (eveningId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['parent', 'evening', eveningId, 'waiting'],
    queryFn: () => unwrap(api.GET('/api/v1/parent/events/{id}/waiting-list', { params: { path: { id: eveningId } } })),
    enabled,
  });

export function useJoinWaitingList(eveningId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { studentId: string; teacherId: string }) => unwrap(api.POST('/api/v1/parent/events/{id}/waiting-list', { params: { path: { id: eveningId } }, body })),
    onSettled: () => client.invalidateQueries({ queryKey: ['parent', 'evening', eveningId] }),
  });
}

export function useLeaveWaitingList(eveningId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (placeId: string) => unwrap(api.DELETE('/api/v1/parent/waiting-list/{placeId}', { params: { path: { placeId } } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['parent', 'evening', eveningId] }),
  });
}

/** The family's requests for appointments after booking closed (under the evening's key). */
export const useLateRequests = (eveningId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['parent', 'evening', eveningId, 'late'],
    queryFn: () => unwrap(api.GET('/api/v1/parent/events/{id}/late-requests', { params: { path: { id: eveningId } } })),
    enabled,
  });

export function useAskLate(eveningId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { studentId: string; teacherId: string; note?: string }) => unwrap(api.POST('/api/v1/parent/events/{id}/late-requests', { params: { path: { id: eveningId } }, body })),
    onSettled: () => client.invalidateQueries({ queryKey: ['parent', 'evening', eveningId] }),
  });
}
