import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useSession } from '../../app/session';
import { emptyFields, ErrorSummary, Field, PageHeading, problemText, type FieldProblem } from '../../ui/ui';
import { useAcceptInvitation, useInvitation } from './api';
import { NewPasswordField } from './PasswordField';

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { signIn } = useSession();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation();
  const [screenName, setScreenName] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);

  if (invitation.isPending) return <p>{t('app.loading')}</p>;
  if (invitation.isError) {
    return (
      <>
        <PageHeading>{t('invite.title')}</PageHeading>
        <p>{problemText(t, invitation.error)}</p>
        <p>{t('invite.getNew')}</p>
      </>
    );
  }
  const { school, person } = invitation.data;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = emptyFields(t, [{ id: 'screenName', label: t('signIn.screenName'), value: screenName }]);
    if (password.length < 8) missing.push({ field: 'password', message: t('errors.AUTH.PASSWORD_LENGTH') });
    setProblems(missing);
    if (missing.length) return;
    try {
      const created = await accept.mutateAsync({ token, screenName: screenName.trim(), password });
      await signIn(created.school, created.screenName, password);
      navigate('/', { replace: true });
    } catch (error) {
      const field = error instanceof ApiError && error.code?.startsWith('USER.SCREEN_NAME') ? 'screenName' : error instanceof ApiError && error.code?.startsWith('AUTH.PASSWORD') ? 'password' : undefined;
      setProblems([{ field, message: problemText(t, error) }]);
    }
  }

  return (
    <>
      <PageHeading>{t('invite.title')}</PageHeading>
      <p>{t('invite.intro', { school: school.name, name: `${person.firstName} ${person.lastName}` })}</p>
      <p>{t('invite.schoolName', { slug: school.slug })}</p>
      <ErrorSummary problems={problems} />
      <form onSubmit={submit} noValidate>
        <Field id="screenName" label={t('invite.screenName')} hint={t('invite.screenNameHint')} autoComplete="username" autoCapitalize="none" value={screenName} onChange={(e) => setScreenName(e.target.value)} error={problems.find((p) => p.field === 'screenName')?.message} />
        <NewPasswordField id="password" label={t('invite.password')} value={password} onChange={setPassword} error={problems.find((p) => p.field === 'password')?.message} />
        <button type="submit" disabled={accept.isPending}>
          {t('invite.submit')}
        </button>
      </form>
    </>
  );
}
