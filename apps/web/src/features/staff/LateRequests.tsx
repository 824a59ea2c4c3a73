import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { formatDateTime } from '../../i18n/format';
import { ErrorSummary, problemText, useAnnounce, type FieldProblem } from '../../ui/ui';

type LateRequest = Schemas['LateRequestView'];
type Slot = { id: string; startsAt: string; blocked: boolean; appointmentId: string | null };

/**
 * Requests for appointments after booking closed, for a teacher (their own) or the office (all):
 * each open one is accepted with one of the teacher's free times or declined with a reason.
 */
export function LateRequests({ eveningId, zone, who }: { eveningId: string; zone: string; who: 'teacher' | 'office' }) {
  const { t, i18n } = useTranslation();
  const requests = useQuery({
    queryKey: [who, 'late-requests', eveningId],
    queryFn: () =>
      unwrap(
        who === 'teacher'
          ? api.GET('/api/v1/teacher/events/{id}/late-requests', { params: { path: { id: eveningId } } })
          : api.GET('/api/v1/admin/events/{id}/late-requests', { params: { path: { id: eveningId } } }),
      ),
  });
  if (!requests.data?.length) return null;
  return (
    <section aria-labelledby="late-requests" className="no-print">
      <h2 id="late-requests">{t('lateStaff.title')}</h2>
      <ul className="plain">
        {requests.data.map((request) => (
          <li key={request.id} className="card">
            <p>
              <strong>{request.studentName ?? '—'}</strong> · {request.contactName ?? ''} · {formatDateTime(request.createdAt, i18n.language, zone)}
            </p>
            {request.note ? <blockquote>{request.note}</blockquote> : null}
            {request.state === 'open' ? (
              <Answer eveningId={eveningId} request={request} zone={zone} who={who} />
            ) : (
              <p className="muted">{request.state === 'declined' ? t('lateStaff.wasDeclined', { reason: request.declineReason ?? '' }) : t('lateStaff.wasAccepted')}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Answer({ eveningId, request, zone, who }: { eveningId: string; request: LateRequest; zone: string; who: 'teacher' | 'office' }) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const client = useQueryClient();
  const [slotId, setSlotId] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const slots = useQuery({
    queryKey: [who, 'late-slots', eveningId, request.teacherId],
    queryFn: async (): Promise<Slot[]> =>
      (
        await unwrap(
          who === 'teacher'
            ? api.GET('/api/v1/teacher/events/{id}/slots', { params: { path: { id: eveningId }, query: { limit: 500 } } })
            : api.GET('/api/v1/admin/events/{id}/slots', { params: { path: { id: eveningId }, query: { teacherId: request.teacherId, limit: 500 } } }),
        )
      ).items,
  });
  const free = (slots.data ?? []).filter((slot) => !slot.appointmentId && !slot.blocked);
  const settled = () => client.invalidateQueries({ queryKey: [who] });
  const accept = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/late-requests/{requestId}/accept', { params: { path: { requestId: request.id } }, body: { slotId } })),
    onSuccess: () => announce(t('lateStaff.accepted')),
    onError: (error) => setProblems([{ message: problemText(t, error) }]),
    onSettled: settled,
  });
  const decline = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/late-requests/{requestId}/decline', { params: { path: { requestId: request.id } }, body: { reason: reason.trim() } })),
    onSuccess: () => announce(t('lateStaff.declined')),
    onError: (error) => setProblems([{ message: problemText(t, error) }]),
    onSettled: settled,
  });
  const ids = { slot: `late-slot-${request.id}`, reason: `late-reason-${request.id}` };
  return (
    <div>
      <ErrorSummary problems={problems} />
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.slot}>{t('lateStaff.time')}</label>
          <select id={ids.slot} value={slotId} onChange={(e) => setSlotId(e.target.value)}>
            <option value="">{t('lateStaff.chooseTime')}</option>
            {free.map((slot) => (
              <option key={slot.id} value={slot.id}>
                {formatDateTime(slot.startsAt, i18n.language, zone)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" disabled={!slotId || accept.isPending} onClick={() => accept.mutate()}>
          {t('lateStaff.accept')}
        </button>
      </div>
      <div className="field">
        <label htmlFor={ids.reason}>{t('lateStaff.reason')}</label>
        <textarea id={ids.reason} rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <button
        type="button"
        className="warning"
        disabled={decline.isPending}
        onClick={() => (reason.trim() ? decline.mutate() : setProblems([{ field: ids.reason, message: t('lateStaff.needReason') }]))}
      >
        {t('lateStaff.decline')}
      </button>
    </div>
  );
}
