import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { emptyFields, ErrorSummary, Field, problemsOf, useAnnounce, type FieldProblem } from '../../ui/ui';
import { useSchoolContacts, useUpdateSchoolContacts } from './api';

type Contacts = Schemas['SchoolContactsView'];
type Role = 'technicalContact' | 'financeContact';
const ROLES: Role[] = ['technicalContact', 'financeContact'];

/** Whom PTC writes to about the service and about invoices and the licence: shown, and corrected by the office. */
export function SchoolContacts() {
  const { t } = useTranslation();
  const contacts = useSchoolContacts();
  const [editing, setEditing] = useState(false);
  if (!contacts.data) return null;
  return (
    <section aria-labelledby="school-contacts">
      <h2 id="school-contacts">{t('contacts.title')}</h2>
      {editing ? (
        <ContactsForm contacts={contacts.data} onDone={() => setEditing(false)} />
      ) : (
        <>
          <dl className="details">
            {ROLES.map((role) => (
              <div key={role}>
                <dt>{t(`contacts.${role}`)}</dt>
                <dd>{[contacts.data[role].name, contacts.data[role].email, contacts.data[role].phone].filter(Boolean).join(' · ')}</dd>
              </div>
            ))}
          </dl>
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            {t('contacts.change')}
          </button>
        </>
      )}
    </section>
  );
}

function ContactsForm({ contacts, onDone }: { contacts: Contacts; onDone: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const update = useUpdateSchoolContacts();
  const [form, setForm] = useState(() => Object.fromEntries(ROLES.map((role) => [role, { name: contacts[role].name, email: contacts[role].email, phone: contacts[role].phone ?? '' }])) as Record<Role, { name: string; email: string; phone: string }>);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const set = (role: Role, key: 'name' | 'email' | 'phone', value: string) => setForm({ ...form, [role]: { ...form[role], [key]: value } });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = ROLES.flatMap((role) =>
      emptyFields(t, [
        { id: `${role}-name`, label: `${t(`contacts.${role}`)}: ${t('contacts.name')}`, value: form[role].name },
        { id: `${role}-email`, label: `${t(`contacts.${role}`)}: ${t('contacts.email')}`, value: form[role].email },
      ]),
    );
    setProblems(missing);
    if (missing.length) return;
    const body = Object.fromEntries(ROLES.map((role) => [role, { name: form[role].name, email: form[role].email, ...(form[role].phone.trim() ? { phone: form[role].phone } : {}) }])) as Schemas['SchoolContactsDto'];
    update.mutate(body, {
      onSuccess: () => {
        announce(t('contacts.saved'));
        onDone();
      },
      onError: (error) => setProblems(problemsOf(t, error)),
    });
  }

  return (
    <form noValidate onSubmit={onSubmit}>
      <ErrorSummary problems={problems} />
      {ROLES.map((role) => (
        <fieldset key={role} className="field">
          <legend>{t(`contacts.${role}`)}</legend>
          <Field id={`${role}-name`} label={t('contacts.name')} value={form[role].name} onChange={(e) => set(role, 'name', e.target.value)} />
          <Field id={`${role}-email`} label={t('contacts.email')} type="email" value={form[role].email} onChange={(e) => set(role, 'email', e.target.value)} />
          <Field id={`${role}-phone`} label={t('contacts.phone')} type="tel" value={form[role].phone} onChange={(e) => set(role, 'phone', e.target.value)} />
        </fieldset>
      ))}
      <button type="submit" disabled={update.isPending}>
        {t('contacts.save')}
      </button>{' '}
      <button type="button" className="secondary" onClick={onDone}>
        {t('contacts.keep')}
      </button>
    </form>
  );
}
