import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { LANGUAGES } from '../../i18n/i18n';
import { problemText, useAnnounce } from '../../ui/ui';

/** The language of the school's emails to people who have not chosen one for themselves. */
export function SchoolLanguage() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const client = useQueryClient();
  const settings = useQuery({ queryKey: ['admin', 'school-settings'], queryFn: () => unwrap(api.GET('/api/v1/admin/school-settings')) });
  const save = useMutation({
    mutationFn: (language: 'en' | 'es') => unwrap(api.PUT('/api/v1/admin/school-settings', { body: { language } })),
    onSuccess: (saved) => {
      client.setQueryData(['admin', 'school-settings'], saved);
      announce(t('schoolLanguage.saved'));
    },
  });
  const [chosen, setChosen] = useState<string | null>(null);
  if (!settings.data) return null;
  const value = chosen ?? settings.data.language;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(value as 'en' | 'es');
  };
  return (
    <section aria-labelledby="school-language">
      <h2 id="school-language">{t('schoolLanguage.title')}</h2>
      <form onSubmit={onSubmit} className="field-row">
        <div className="field">
          <label htmlFor="school-language-choice">{t('schoolLanguage.label')}</label>
          <div className="hint" id="school-language-hint">
            {t('schoolLanguage.hint')}
          </div>
          <select id="school-language-choice" aria-describedby="school-language-hint" value={value} onChange={(e) => setChosen(e.target.value)}>
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={save.isPending}>
          {t('schoolLanguage.save')}
        </button>
      </form>
      {save.error ? <p className="notice notice-problem">{problemText(t, save.error)}</p> : null}
    </section>
  );
}
