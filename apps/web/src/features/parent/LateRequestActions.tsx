import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { problemText } from '../../ui/ui';
import { useAskLate } from './api';

type LateRequest = Schemas['LateRequestView'];
type Notice = { kind: 'success' | 'problem'; text: string };

/** After booking closed: ask a teacher for an appointment with a note, and see the answer. */
export function LateRequestActions({
  eveningId,
  studentId,
  teacherId,
  teacher,
  child,
  request,
  when,
  tell,
}: {
  eveningId: string;
  studentId: string;
  teacherId: string;
  teacher: string;
  child: string;
  request: LateRequest | undefined;
  when: (iso: string) => string;
  tell: (notice: Notice) => void;
}) {
  const { t } = useTranslation();
  const ask = useAskLate(eveningId);
  const [writing, setWriting] = useState(false);
  const [note, setNote] = useState('');
  const noteId = `late-note-${studentId}-${teacherId}`;

  if (request?.state === 'open') return <p>{t('late.open', { when: when(request.createdAt) })}</p>;
  if (request?.state === 'declined') return <p>{t('late.declined', { reason: request.declineReason ?? '' })}</p>;
  if (!writing) {
    return (
      <p>
        <button type="button" className="secondary" aria-label={t('late.askLabel', { teacher, child })} onClick={() => setWriting(true)}>
          {t('late.ask')}
        </button>
      </p>
    );
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate(
      { studentId, teacherId, ...(note.trim() ? { note: note.trim() } : {}) },
      { onSuccess: () => tell({ kind: 'success', text: t('late.sent', { teacher }) }), onError: (error) => tell({ kind: 'problem', text: problemText(t, error) }) },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={noteId}>{t('late.note', { teacher })}</label>
        <div className="hint" id={`${noteId}-hint`}>
          {t('late.noteHint')}
        </div>
        <textarea id={noteId} rows={2} maxLength={500} aria-describedby={`${noteId}-hint`} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" disabled={ask.isPending}>
        {t('late.send')}
      </button>{' '}
      <button type="button" className="secondary" onClick={() => setWriting(false)}>
        {t('late.cancel')}
      </button>
    </form>
  );
}
