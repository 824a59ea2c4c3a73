import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/ui';

/** A new password, with the policy explained and the length counted as the person types. */
export function NewPasswordField({ id, label, value, onChange, error }: { id: string; label: string; value: string; onChange: (v: string) => void; error?: string }) {
  const { t } = useTranslation();
  const hint = (
    <>
      {t('password.policy')} <span aria-live="polite">{value.length > 0 && value.length < 8 ? t('password.tooShort') : t('password.count', { count: value.length })}</span>
    </>
  );
  return <Field id={id} label={label} type="password" autoComplete="new-password" value={value} onChange={(e) => onChange(e.target.value)} hint={hint} error={error} />;
}
