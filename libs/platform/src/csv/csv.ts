/**
 * CSV as spreadsheets and school systems exchange it: RFC 4180 quoting, CRLF line ends, UTF-8
 * with a byte-order mark (Excel needs it to read UTF-8). Cells that a spreadsheet would run as a
 * formula are neutralised on the way out.
 */
export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet would evaluate (`=`, `+`, `-`, `@`, tab, CR first) gets a leading apostrophe.
 * Checked on the NFKC form: a spreadsheet may read a full-width `＝` or `＋` as the operator.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) || FORMULA_START.test(value.slice(0, 2).normalize('NFKC')) ? `'${value}` : value;
}

/** A cell: dates as ISO 8601, structured values (objects, arrays) as JSON, everything else as text. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const raw = value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const text = neutraliseFormula(raw);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

export interface CsvRecord {
  /** 1-based line of the record's first line in the file (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads a CSV file with a header row into records keyed by header name. Accepts a BOM, CRLF or
 * LF, quoted fields with embedded commas, quotes and line breaks. Blank lines are skipped.
 */
/** The delimiter of a CSV file, from its header line: a comma, or the semicolon Excel writes in many European locales, or a tab. */
export function detectDelimiter(input: string): ',' | ';' | '\t' {
  const header = (input.startsWith(UTF8_BOM) ? input.slice(1) : input).split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
  const counts = ([',', ';', '\t'] as const).map((d) => [d, header.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best[1] > 0 ? best[0] : ',';
}

export function parseCsv(input: string, delimiter: ',' | ';' | '\t' = ','): { headers: string[]; records: CsvRecord[] } {
  const text = input.startsWith(UTF8_BOM) ? input.slice(1) : input;
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let cellStarted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && !cellStarted) {
      quoted = true;
      cellStarted = true;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      cellStarted = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      cellStarted = false;
      line++;
      rowLine = line;
    } else {
      if (ch === '"') throw new CsvSyntaxError(line, 'a quote inside an unquoted field');
      cell += ch;
      cellStarted = true;
    }
  }
  if (quoted) throw new CsvSyntaxError(rowLine, 'a quoted field is not closed');
  cells.push(cell);
  if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });

  if (rows.length === 0) return { headers: [], records: [] };
  const headers = rows[0].cells.map((h) => h.trim());
  const records = rows.slice(1).map(({ line: recordLine, cells: values }) => {
    if (values.length !== headers.length) {
      throw new CsvSyntaxError(recordLine, `expected ${headers.length} fields, found ${values.length}`);
    }
    return { line: recordLine, values: Object.fromEntries(headers.map((h, i) => [h, values[i]])) };
  });
  return { headers, records };
}

export interface CsvColumn<T> {
  key: keyof T;
  header: string;
}

/**
 * A whole CSV file from rows that arrive one by one (an export streamed from the database):
 * BOM and header first, then rows in chunks of about 64 KiB so the response is not written
 * a line at a time.
 */
export async function* csvStream<T>(columns: readonly CsvColumn<T>[], rows: AsyncIterable<T> | Iterable<T>): AsyncGenerator<string> {
  yield UTF8_BOM + csvRow(columns.map((c) => c.header));
  let chunk = '';
  for await (const row of rows) {
    chunk += csvRow(columns.map((c) => row[c.key]));
    if (chunk.length > 64 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** A whole CSV file from rows already in memory: BOM, header, rows. */
export function csvDocument<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  return UTF8_BOM + csvRow(columns.map((c) => c.header)) + rows.map((row) => csvRow(columns.map((c) => row[c.key]))).join('');
}

/** Columns named by the keys themselves (a table's column names, an object's fields). */
export function columnsOf<T>(keys: readonly (keyof T & string)[]): CsvColumn<T>[] {
  return keys.map((key) => ({ key, header: key }));
}

/** All rows of an async source in an array (the JSON twin of a streamed CSV export). */
export async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
}
