import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';

/** Line breaks, tabs and other control characters (C0, DEL, C1, Unicode line and paragraph separators). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Whether one-line text (a name, a title) holds a control character, such as a line break. */
export function hasControlCharacters(value: string): boolean {
  return CONTROL.test(value);
}

/** One-line text: names and titles end up in email headers and calendar files, where a line break would break them. */
export function IsOneLine(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isOneLine',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !hasControlCharacters(value),
        defaultMessage: buildMessage((each) => `${each}$property must be one line, without line breaks, tabs or other control characters`, options),
      },
    },
    options,
  );
}
