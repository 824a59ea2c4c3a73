import { createContext, useCallback, useContext, useEffect, useRef, useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** The page's one heading; it takes focus when the page opens, so screen readers announce the new page. */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${ref.current?.textContent ?? ''} – PTC`;
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}

export interface FieldProblem {
  field?: string;
  message: string;
}

/** The fields left empty, each as a problem that names its field. */
export function emptyFields(t: TFunction, fields: { id: string; label: string; value: string }[]): FieldProblem[] {
  return fields.filter((f) => !f.value.trim()).map((f) => ({ field: f.id, message: t('errors.required', { field: f.label.toLowerCase() }) }));
}

/** GOV.UK's pattern: the problems at the top, each a link to its field; focused when it appears. */
export function ErrorSummary({ problems }: { problems: FieldProblem[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length) ref.current?.focus();
  }, [problems]);
  if (!problems.length) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('errors.summary')}</h2>
      <ul>
        {problems.map((p) => (
          <li key={`${p.field ?? ''}${p.message}`}>{p.field ? <a href={`#${p.field}`}>{p.message}</a> : p.message}</li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
}

export function Field({ id, label, hint, error, ...input }: FieldProps) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input id={id} name={id} aria-describedby={described} aria-invalid={error ? true : undefined} {...input} />
    </div>
  );
}

/** A problem from the API, in the reader's words (the code picks the sentence). */
export function problemText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`;
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
    if (error.code && t(key, { minutes, defaultValue: '' })) return t(key, { minutes });
    return t('errors.generic');
  }
  if (error instanceof TypeError) return t('errors.offline');
  return t('errors.generic');
}

/**
 * A failed request as the error summary lists it: the API's per-field problems (a 400's details)
 * one by one, or else the problem in the reader's words.
 */
export function problemsOf(t: TFunction, error: unknown): FieldProblem[] {
  const details = error instanceof ApiError ? (error.body?.details as { field: string; problems: string[] }[] | undefined) : undefined;
  if (Array.isArray(details) && details.length && details.every((d) => Array.isArray(d?.problems))) {
    return details.flatMap((d) => d.problems.map((problem) => ({ message: `${d.field}: ${problem}` })));
  }
  return [{ message: problemText(t, error) }];
}

const AnnounceContext = createContext<(message: string) => void>(() => {});

/** One polite live region for the whole app: "booked", "just taken", "cancelled". */
export function LiveRegionProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    // Cleared first, so the same words said twice are announced twice.
    setMessage('');
    setTimeout(() => setMessage(text), 50);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

export const useAnnounce = () => useContext(AnnounceContext);
