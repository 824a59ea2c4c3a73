import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type TeacherEvening = Schemas['TeacherEveningView'];
export type ScheduleRow = Schemas['BookingRowView'];
export type Availability = Schemas['AvailabilityDto'];

const onEvening = (id: string) => ({ params: { path: { id } } });

export const useTeacherEvenings = () =>
  useQuery({ queryKey: ['teacher', 'evenings'], queryFn: () => unwrap(api.GET('/api/v1/teacher/events', { params: { query: { limit: 100 } } })) });

/** Read again whenever the page opens: the office may have changed the evening or the school's rules meanwhile. */
export const useTeacherEvening = (id: string) =>
  useQuery({ queryKey: ['teacher', 'evening', id], queryFn: () => unwrap(api.GET('/api/v1/teacher/events/{id}', onEvening(id))), staleTime: 0 });

export const useSchedule = (id: string) => useQuery({ queryKey: ['teacher', 'schedule', id], queryFn: () => unwrap(api.GET('/api/v1/teacher/events/{id}/schedule', onEvening(id))) });

export const useOwnSlots = (id: string) =>
  useQuery({ queryKey: ['teacher', 'slots', id], queryFn: () => unwrap(api.GET('/api/v1/teacher/events/{id}/slots', { params: { path: { id }, query: { limit: 500 } } })) });

export const useFeed = (id: string) => useQuery({ queryKey: ['teacher', 'feed', id], queryFn: () => unwrap(api.GET('/api/v1/teacher/events/{id}/schedule-feed', onEvening(id))) });

/** After any change the evening's counts, schedule and slots are read again. */
function useRefresh(id: string) {
  const client = useQueryClient();
  return () =>
    Promise.all(['evening', 'schedule', 'slots'].map((part) => client.invalidateQueries({ queryKey: ['teacher', part, id] })).concat(client.invalidateQueries({ queryKey: ['teacher', 'evenings'] })));
}

export function useSetBlocked(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: ({ slotId, blocked }: { slotId: string; blocked: boolean }) =>
      unwrap(
        blocked
          ? api.POST('/api/v1/teacher/events/{id}/slots/{slotId}/block', { params: { path: { id, slotId } } })
          : api.POST('/api/v1/teacher/events/{id}/slots/{slotId}/unblock', { params: { path: { id, slotId } } }),
      ),
    onSettled: refresh,
  });
}

export function useCancelWithReason(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: ({ appointmentId, reason }: { appointmentId: string; reason: string }) =>
      unwrap(api.POST('/api/v1/bookings/{id}/cancel', { params: { path: { id: appointmentId } }, body: { reason } })),
    onSettled: refresh,
  });
}

export function useSetAvailability(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: ({ availability, cancelAffected }: { availability: Availability; cancelAffected: boolean }) =>
      unwrap(api.PUT('/api/v1/teacher/events/{id}/availability', { params: { path: { id }, query: { cancelAffected } }, body: availability })),
    onSettled: refresh,
  });
}

export function useRotateFeed(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/teacher/events/{id}/schedule-feed/rotate', onEvening(id))),
    onSuccess: (feed) => client.setQueryData(['teacher', 'feed', id], feed),
  });
}
