import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorSummary, PageHeading, problemText, type FieldProblem } from '../../ui/ui';
import { useConfirmPasswordReset, useResetLink } from './api';
import { NewPasswordField } from './PasswordField';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const link = useResetLink(token);
  const confirm = useConfirmPasswordReset();
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);

  if (link.isPending) return <p>{t('app.loading')}</p>;
  if (link.isError) {
    return (
      <>
        <PageHeading>{t('reset.title')}</PageHeading>
        <p>{problemText(t, link.error)}</p>
        <p>
          <Link to="/forgot-password">{t('reset.askAgain')}</Link>
        </p>
      </>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (password.length < 8) {
      setProblems([{ field: 'newPassword', message: t('errors.AUTH.PASSWORD_LENGTH') }]);
      return;
    }
    confirm.mutate(
      { token, newPassword: password },
      {
        onSuccess: (done) => navigate(`/sign-in?school=${encodeURIComponent(done.school)}&screenName=${encodeURIComponent(done.screenName)}&reset=done`),
        onError: (error) => setProblems([{ field: 'newPassword', message: problemText(t, error) }]),
      },
    );
  }

  return (
    <>
      <PageHeading>{t('reset.title')}</PageHeading>
      <p>{t('reset.for', { screenName: link.data.screenName, school: link.data.school.name })}</p>
      <ErrorSummary problems={problems} />
      <form onSubmit={submit} noValidate>
        <NewPasswordField id="newPassword" label={t('reset.newPassword')} value={password} onChange={setPassword} error={problems.find((p) => p.field === 'newPassword')?.message} />
        <button type="submit" disabled={confirm.isPending}>
          {t('reset.submit')}
        </button>
      </form>
    </>
  );
}
