import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { rememberedSchool } from '../../app/session';
import { emptyFields, ErrorSummary, Field, PageHeading, problemText, type FieldProblem } from '../../ui/ui';
import { useRequestPasswordReset } from './api';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [school, setSchool] = useState(params.get('school') ?? rememberedSchool());
  const [who, setWho] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const request = useRequestPasswordReset();

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = emptyFields(t, [
      { id: 'school', label: t('signIn.school'), value: school },
      { id: 'screenNameOrEmail', label: t('forgot.screenNameOrEmail'), value: who },
    ]);
    setProblems(missing);
    if (missing.length) return;
    request.mutate({ school: school.trim().toLowerCase(), screenNameOrEmail: who.trim() }, { onError: (error) => setProblems([{ message: problemText(t, error) }]) });
  }

  return (
    <>
      <PageHeading>{t('forgot.title')}</PageHeading>
      {request.isSuccess ? (
        <p className="notice" role="status">
          {t('forgot.sent')}
        </p>
      ) : (
        <>
          <p>{t('forgot.intro')}</p>
          <ErrorSummary problems={problems} />
          <form onSubmit={submit} noValidate>
            <Field id="school" label={t('signIn.school')} hint={t('signIn.schoolHint', { example: 'riverside' })} value={school} onChange={(e) => setSchool(e.target.value)} error={problems.find((p) => p.field === 'school')?.message} />
            <Field id="screenNameOrEmail" label={t('forgot.screenNameOrEmail')} autoComplete="username" autoCapitalize="none" value={who} onChange={(e) => setWho(e.target.value)} error={problems.find((p) => p.field === 'screenNameOrEmail')?.message} />
            <button type="submit" disabled={request.isPending}>
              {t('forgot.submit')}
            </button>
          </form>
        </>
      )}
    </>
  );
}
