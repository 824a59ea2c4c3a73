import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { problemText } from '../../ui/ui';
import { useJoinWaitingList, useLeaveWaitingList } from './api';

type Place = Schemas['WaitingPlaceView'];
type Notice = { kind: 'success' | 'problem'; text: string };

/**
 * A teacher with no free time for a child: join their waiting list, see the place, and take (or let
 * go) a freed time held for the family.
 */
export function WaitingListActions({
  eveningId,
  studentId,
  teacherId,
  teacher,
  child,
  place,
  busy,
  time,
  onTake,
  tell,
}: {
  eveningId: string;
  studentId: string;
  teacherId: string;
  teacher: string;
  child: string;
  place: Place | undefined;
  busy: boolean;
  time: (iso: string) => string;
  onTake: (slot: { id: string; startsAt: string }) => void;
  tell: (notice: Notice) => void;
}) {
  const { t } = useTranslation();
  const join = useJoinWaitingList(eveningId);
  const leave = useLeaveWaitingList(eveningId);
  const pending = busy || join.isPending || leave.isPending;
  const problem = (error: unknown) => tell({ kind: 'problem', text: problemText(t, error) });

  if (place?.offer) {
    const offer = place.offer;
    return (
      <p className="offer">
        {t('waiting.offer', { time: time(offer.startsAt), until: time(offer.heldUntil) })}{' '}
        <button type="button" disabled={pending} aria-label={t('waiting.takeLabel', { time: time(offer.startsAt), teacher, child })} onClick={() => onTake({ id: offer.slotId, startsAt: offer.startsAt })}>
          {t('waiting.take', { time: time(offer.startsAt) })}
        </button>{' '}
        <button type="button" className="secondary" disabled={pending} aria-label={t('waiting.declineLabel', { teacher })} onClick={() => leave.mutate(place.id, { onSuccess: () => tell({ kind: 'success', text: t('waiting.left', { teacher }) }), onError: problem })}>
          {t('waiting.decline')}
        </button>
      </p>
    );
  }
  if (place) {
    return (
      <p>
        {t('waiting.place', { position: place.position })}{' '}
        <button type="button" className="secondary" disabled={pending} aria-label={t('waiting.leaveLabel', { teacher, child })} onClick={() => leave.mutate(place.id, { onSuccess: () => tell({ kind: 'success', text: t('waiting.left', { teacher }) }), onError: problem })}>
          {t('waiting.leave')}
        </button>
      </p>
    );
  }
  return (
    <p>
      {t('evening.noSlots')}{' '}
      <button
        type="button"
        className="secondary"
        disabled={pending}
        aria-label={t('waiting.joinLabel', { teacher, child })}
        onClick={() => join.mutate({ studentId, teacherId }, { onSuccess: (joined) => tell({ kind: 'success', text: t('waiting.joined', { child, teacher, position: joined.position }) }), onError: problem })}
      >
        {t('waiting.join')}
      </button>
    </p>
  );
}
