import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';

/** A real calendar day written YYYY-MM-DD (2026-02-30 and 2026-13-45 are not). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isCalendarDate', validator: { validate: isCalendarDate, defaultMessage: buildMessage((each) => `${each}$property must be a real date written YYYY-MM-DD`, options) } },
    options,
  );
}

/** The largest value a PostgreSQL `integer` column holds (amounts, counts). */
export const MAX_INT32 = 2_147_483_647;
