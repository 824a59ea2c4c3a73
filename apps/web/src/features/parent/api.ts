import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const useOwnContact = () => useQuery({ queryKey: ['parent', 'contact'], queryFn: () => unwrap(api.GET('/api/v1/parent/contact')) });

export const useEvenings = () => useQuery({ queryKey: ['parent', 'evenings'], queryFn: () => unwrap(api.GET('/api/v1/parent/events', { params: { query: { limit: 100 } } })) });

export const useEvening = (id: string) =>
  useQuery({ queryKey: ['parent', 'evening', id], queryFn: () => unwrap(api.GET('/api/v1/parent/events/{id}', { params: { path: { id } } })) });

/** Several evenings at once (the home page lists the family's appointments across them). */
export const useEveningsDetail = (ids: string[]) =>
  useQueries({ queries: ids.map((id) => ({ queryKey: ['parent', 'evening', id], queryFn: () => unwrap(api.GET('/api/v1/parent/events/{id}', { params: { path: { id } } })) })) });

export function useBook(eveningId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { studentId: string; teacherId: string; slotId: string }) => unwrap(api.POST('/api/v1/bookings', { body: { eventId: eveningId, ...body } })),
    // Success or not (a slot just taken), the page shows the evening as it now is.
    onSettled: () => client.invalidateQueries({ queryKey: ['parent', 'evening', eveningId] }),
  });
}

export function useMove(eveningId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ appointmentId, slotId }: { appointmentId: string; slotId: string }) =>
      unwrap(api.POST('/api/v1/bookings/{id}/move', { params: { path: { id: appointmentId } }, body: { slotId } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['parent', 'evening', eveningId] }),
  });
}

export function useCancel(eveningId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (appointmentId: string) => unwrap(api.POST('/api/v1/bookings/{id}/cancel', { params: { path: { id: appointmentId } }, body: {} })),
    onSettled: () => client.invalidateQueries({ queryKey: ['parent', 'evening', eveningId] }),
  });
}

/** "Add to calendar": the appointment's .ics, fetched with the session's token and saved by the browser. */
export async function downloadCalendar(appointmentId: string): Promise<void> {
  const file = await unwrap(api.GET('/api/v1/bookings/{id}/calendar.ics', { params: { path: { id: appointmentId } }, parseAs: 'blob' }));
  const url = URL.createObjectURL(file as Blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: 'appointment.ics' });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
