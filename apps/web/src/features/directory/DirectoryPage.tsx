import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link, useSearchParams } from 'react-router';
import type { Schemas } from '../../api/client';
import { PageHeading, problemText, useAnnounce } from '../../ui/ui';
import { PAGE_SIZE, useAdults, useInvite, useStudents, type Kind } from './api';

type Adult = Schemas['AdultWithAccessView'];
const KINDS: Kind[] = ['students', 'contacts', 'teachers'];

/** The school's people for the office: search, pages, who can sign in, invitations. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const kind = (KINDS.includes(params.get('kind') as Kind) ? params.get('kind') : 'contacts') as Kind;
  const q = params.get('q') ?? '';
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const [typed, setTyped] = useState(q);
  const go = (next: { kind?: Kind; q?: string; offset?: number }) => {
    const merged = { kind, q, offset, ...next };
    setParams({ kind: merged.kind, ...(merged.q ? { q: merged.q } : {}), ...(merged.offset ? { offset: String(merged.offset) } : {}) });
  };

  function onSearch(event: FormEvent) {
    event.preventDefault();
    go({ q: typed.trim(), offset: 0 });
  }

  return (
    <>
      <PageHeading>{t('directory.title')}</PageHeading>
      {params.get('erased') ? (
        <p className="notice" role="status">
          {t('directory.erased')}
        </p>
      ) : null}
      <nav aria-label={t('directory.kinds')}>
        <ul className="tabs">
          {KINDS.map((k) => (
            <li key={k}>
              <Link to={`?kind=${k}`} aria-current={k === kind ? 'page' : undefined} onClick={() => setTyped('')}>
                {t(`directory.${k}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form role="search" onSubmit={onSearch} className="search-row">
        <div className="field">
          <label htmlFor="directory-search">{t('directory.search')}</label>
          <input id="directory-search" type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </div>
        <button type="submit">{t('directory.searchButton')}</button>
      </form>
      {kind === 'students' ? <Students q={q} offset={offset} onPage={(o) => go({ offset: o })} /> : <Adults kind={kind} q={q} offset={offset} onPage={(o) => go({ offset: o })} />}
    </>
  );
}

function Pager({ offset, total, shown, onPage }: { offset: number; total: number; shown: number; onPage: (offset: number) => void }) {
  const { t } = useTranslation();
  return (
    <div className="pager">
      <p role="status">{total === 0 ? t('directory.nobody') : t('directory.showing', { from: offset + 1, to: offset + shown, total })}</p>
      <button type="button" className="secondary" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - PAGE_SIZE))}>
        {t('directory.previous')}
      </button>{' '}
      <button type="button" className="secondary" disabled={offset + shown >= total} onClick={() => onPage(offset + PAGE_SIZE)}>
        {t('directory.next')}
      </button>
    </div>
  );
}

function Students({ q, offset, onPage }: { q: string; offset: number; onPage: (offset: number) => void }) {
  const { t } = useTranslation();
  const students = useStudents({ q, offset }, true);
  if (students.isPending) return <p>{t('app.loading')}</p>;
  if (students.isError) return <p>{problemText(t, students.error)}</p>;
  const { items, total } = students.data;
  return (
    <>
      <table className="stack-narrow">
        <thead>
          <tr>
            <th scope="col">{t('directory.name')}</th>
            <th scope="col">{t('directory.year')}</th>
            <th scope="col">{t('directory.sisId')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.id}>
              <td data-label={t('directory.name')}>
                <Link to={`/admin/directory/students/${s.id}`}>
                  {s.firstName} {s.lastName}
                </Link>
              </td>
              <td data-label={t('directory.year')}>{s.yearLabel ?? ''}</td>
              <td data-label={t('directory.sisId')}>{s.sisId ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager offset={offset} total={total} shown={items.length} onPage={onPage} />
    </>
  );
}

/** Whether a parent or teacher can sign in, in words. */
export function accessText(t: TFunction, person: Adult, language: string): string {
  const day = (iso: string) => new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' }).format(new Date(iso));
  if (person.login === 'active') return t('directory.canSignIn');
  if (person.login === 'disabled') return t('directory.loginDisabled');
  if (!person.email) return t('directory.noEmail');
  if (!person.invitation) return t('directory.notInvited');
  if (person.invitation.expired) return t('directory.invitationExpired', { date: day(person.invitation.expiresAt) });
  return t('directory.invited', { date: day(person.invitation.sentAt), until: day(person.invitation.expiresAt) });
}

function Adults({ kind, q, offset, onPage }: { kind: 'contacts' | 'teachers'; q: string; offset: number; onPage: (offset: number) => void }) {
  const { t, i18n } = useTranslation();
  const adults = useAdults(kind, { q, offset }, true);
  const invite = useInvite();
  const announce = useAnnounce();
  const [notice, setNotice] = useState<{ problem: boolean; text: string } | null>(null);
  const personKind = kind === 'contacts' ? 'contact' : 'teacher';

  function send(body: Schemas['InviteDto']) {
    setNotice(null);
    invite.mutate(body, {
      onSuccess: (result) => {
        const text = t('directory.sent', { invited: result.invited, skipped: result.skipped.length });
        setNotice({ problem: false, text });
        announce(text);
      },
      onError: (error) => setNotice({ problem: true, text: problemText(t, error) }),
    });
  }

  if (adults.isPending) return <p>{t('app.loading')}</p>;
  if (adults.isError) return <p>{problemText(t, adults.error)}</p>;
  const { items, total } = adults.data;
  return (
    <>
      {notice ? <p className={notice.problem ? 'notice notice-problem' : 'notice'}>{notice.text}</p> : null}
      <p>
        <button type="button" className="secondary" disabled={invite.isPending} onClick={() => send({ everyoneWithoutAccount: [personKind] })}>
          {t(`directory.inviteEveryone.${kind}`)}
        </button>
      </p>
      <table className="stack-narrow">
        <thead>
          <tr>
            <th scope="col">{t('directory.name')}</th>
            <th scope="col">{t('directory.email')}</th>
            <th scope="col">{t('directory.access')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('directory.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((person) => {
            const name = [person.title, person.firstName, person.lastName].filter(Boolean).join(' ');
            const mayInvite = !person.login && Boolean(person.email);
            return (
              <tr key={person.id}>
                <td data-label={t('directory.name')}>
                  <Link to={`/admin/directory/${kind}/${person.id}`}>{name}</Link>
                </td>
                <td data-label={t('directory.email')}>{person.email ?? ''}</td>
                <td data-label={t('directory.access')}>{accessText(t, person, i18n.language)}</td>
                <td>
                  {mayInvite ? (
                    <button type="button" className="secondary" disabled={invite.isPending} aria-label={t('directory.inviteLabel', { name })} onClick={() => send(personKind === 'contact' ? { contactIds: [person.id] } : { teacherIds: [person.id] })}>
                      {person.invitation ? t('directory.inviteAgain') : t('directory.invite')}
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Pager offset={offset} total={total} shown={items.length} onPage={onPage} />
    </>
  );
}
