import { CsvSyntaxError, detectDelimiter, parseCsv, type CsvRecord } from '@ptc/platform';
import { UploadedTexts } from './uploaded-files.js';
import type { SyncProblem } from './directory-snapshot.js';

/**
 * One CSV file of an import: its records, or the problems that stop it from being read (syntax,
 * missing columns), reported like row problems so an admin sees everything at once.
 */
export function readTable(
  files: Map<string, string>,
  file: string,
  requiredColumns: string[],
  problems: SyncProblem[],
  options: { optionalFile?: boolean } = {},
): CsvRecord[] {
  const text = files.get(file);
  if (text === undefined) {
    if (!options.optionalFile) problems.push({ file, line: 0, field: '(file)', reason: 'missing from the upload' });
    return [];
  }
  try {
    const delimiter = detectDelimiter(text);
    if (files instanceof UploadedTexts) {
      const detected = files.detected.get(file);
      if (detected) detected.delimiter = delimiter;
    }
    const { headers, records } = parseCsv(text, delimiter);
    const missing = requiredColumns.filter((c) => !headers.includes(c));
    for (const column of missing) problems.push({ file, line: 1, field: column, reason: 'missing column' });
    return missing.length ? [] : records;
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      problems.push({ file, line: error.line, field: '(row)', reason: error.message });
      return [];
    }
    throw error;
  }
}
