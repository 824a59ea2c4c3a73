import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_ROLES, ContactsForm } from '../staff/ContactsForm';
import { useSchoolContacts, useUpdateSchoolContacts } from './api';

/** Whom PTC writes to about the service and about invoices and the licence: shown, and corrected by the office. */
export function SchoolContacts() {
  const { t } = useTranslation();
  const contacts = useSchoolContacts();
  const update = useUpdateSchoolContacts();
  const [editing, setEditing] = useState(false);
  if (!contacts.data) return null;
  return (
    <section aria-labelledby="school-contacts">
      <h2 id="school-contacts">{t('contacts.title')}</h2>
      {editing ? (
        <ContactsForm
          contacts={contacts.data}
          save={async (body) => {
            await update.mutateAsync(body);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <dl className="details">
            {CONTACT_ROLES.map((role) => (
              <div key={role}>
                <dt>{t(`contacts.${role}`)}</dt>
                <dd>{[contacts.data[role].name, contacts.data[role].email, contacts.data[role].phone].filter(Boolean).join(' · ')}</dd>
              </div>
            ))}
            {contacts.data.familiesReplyTo ? (
              <div>
                <dt>{t('contacts.replyToShown')}</dt>
                <dd>{contacts.data.familiesReplyTo}</dd>
              </div>
            ) : null}
          </dl>
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            {t('contacts.change')}
          </button>
        </>
      )}
    </section>
  );
}
