import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { emptyFields, ErrorSummary, Field, problemsOf, useAnnounce, type FieldProblem } from '../../ui/ui';

type Contacts = Schemas['SchoolContactsView'];
type Role = 'technicalContact' | 'financeContact';
export const CONTACT_ROLES: Role[] = ['technicalContact', 'financeContact'];

/** A school's technical and finance contacts with PTC and where families' replies go, as the office or the vendor's operator corrects them. */
export function ContactsForm({ contacts, save, onCancel }: { contacts: Contacts; save: (body: Schemas['SchoolContactsDto']) => Promise<unknown>; onCancel?: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [form, setForm] = useState(
    () => Object.fromEntries(CONTACT_ROLES.map((role) => [role, { name: contacts[role].name, email: contacts[role].email, phone: contacts[role].phone ?? '' }])) as Record<Role, { name: string; email: string; phone: string }>,
  );
  const [replyTo, setReplyTo] = useState(contacts.familiesReplyTo ?? '');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const set = (role: Role, key: 'name' | 'email' | 'phone', value: string) => setForm({ ...form, [role]: { ...form[role], [key]: value } });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = CONTACT_ROLES.flatMap((role) =>
      emptyFields(t, [
        { id: `${role}-name`, label: `${t(`contacts.${role}`)}: ${t('contacts.name')}`, value: form[role].name },
        { id: `${role}-email`, label: `${t(`contacts.${role}`)}: ${t('contacts.email')}`, value: form[role].email },
      ]),
    );
    setProblems(missing);
    if (missing.length) return;
    const body = {
      ...Object.fromEntries(CONTACT_ROLES.map((role) => [role, { name: form[role].name, email: form[role].email, ...(form[role].phone.trim() ? { phone: form[role].phone } : {}) }])),
      familiesReplyTo: replyTo.trim() || null,
    } as Schemas['SchoolContactsDto'];
    setSaving(true);
    try {
      await save(body);
      announce(t('contacts.saved'));
    } catch (error) {
      setProblems(problemsOf(t, error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form noValidate onSubmit={onSubmit}>
      <ErrorSummary problems={problems} />
      {CONTACT_ROLES.map((role) => (
        <fieldset key={role} className="field">
          <legend>{t(`contacts.${role}`)}</legend>
          <Field id={`${role}-name`} label={t('contacts.name')} value={form[role].name} onChange={(e) => set(role, 'name', e.target.value)} />
          <Field id={`${role}-email`} label={t('contacts.email')} type="email" value={form[role].email} onChange={(e) => set(role, 'email', e.target.value)} />
          <Field id={`${role}-phone`} label={t('contacts.phone')} type="tel" value={form[role].phone} onChange={(e) => set(role, 'phone', e.target.value)} />
        </fieldset>
      ))}
      <Field id="families-reply-to" label={t('contacts.replyTo')} hint={t('contacts.replyToHint')} type="email" value={replyTo} onChange={(e) => setReplyTo(e.target.value)} />
      <button type="submit" disabled={saving}>
        {t('contacts.save')}
      </button>
      {onCancel ? (
        <>
          {' '}
          <button type="button" className="secondary" onClick={onCancel}>
            {t('contacts.keep')}
          </button>
        </>
      ) : null}
    </form>
  );
}
