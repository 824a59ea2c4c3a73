import { columnsOf, csvDocument, csvRow, neutraliseFormula, parseCsv, UTF8_BOM, CsvSyntaxError, detectDelimiter } from './csv.js';

describe('csvRow', () => {
  it('quotes only what needs quoting and doubles quotes (RFC 4180), ending in CRLF', () => {
    expect(csvRow(['plain', 'with, comma', 'say "hi"', 'two\nlines', null, 7])).toBe('plain,"with, comma","say ""hi""","two\nlines",,7\r\n');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const dangerous of ['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\tindent', '\rreturn']) {
      expect(neutraliseFormula(dangerous)).toBe(`'${dangerous}`);
    }
    expect(csvRow(['=1+1'])).toBe("'=1+1\r\n");
    expect(neutraliseFormula("O'Brien")).toBe("O'Brien");
    expect(neutraliseFormula('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
    // Full-width forms a spreadsheet may read as operators.
    for (const wide of ['＝HYPERLINK("http://evil")', '＋1', '－2', '＠SUM(A1)']) expect(neutraliseFormula(wide)).toBe(`'${wide}`);
    expect(neutraliseFormula('Ｚoë')).toBe('Ｚoë');
  });
});

describe('csvDocument', () => {
  it('writes a whole file from rows in memory: BOM, header, dates as ISO, structured values as JSON', () => {
    const text = csvDocument(columnsOf<Record<string, unknown>>(['at', 'detail']), [{ at: new Date('2027-01-02T03:04:05Z'), detail: { slot: 'a' } }]);
    expect(text).toBe('\uFEFFat,detail\r\n2027-01-02T03:04:05.000Z,"{""slot"":""a""}"\r\n');
    expect(parseCsv(text).records[0].values.detail).toBe('{"slot":"a"}');
  });
});

describe('parseCsv', () => {
  it('reads what csvRow writes, with a BOM, CRLF, quotes and embedded line breaks', () => {
    const text = UTF8_BOM + csvRow(['id', 'name', 'note']) + csvRow(['1', 'Zoë "Z" O\'Brien', 'a,b']) + csvRow(['2', '陈', 'line1\nline2']) + csvRow(['3', 'Łukasz', '']);
    const { headers, records } = parseCsv(text);
    expect(headers).toEqual(['id', 'name', 'note']);
    expect(records).toEqual([
      { line: 2, values: { id: '1', name: 'Zoë "Z" O\'Brien', note: 'a,b' } },
      { line: 3, values: { id: '2', name: '陈', note: 'line1\nline2' } },
      { line: 5, values: { id: '3', name: 'Łukasz', note: '' } },
    ]);
  });

  it('accepts LF line ends, no BOM, blank lines and a missing final newline', () => {
    expect(parseCsv('a,b\n1,2\n\n3,4').records.map((r) => r.values)).toEqual([
      { a: '1', b: '2' },
      { a: '3', b: '4' },
    ]);
  });

  it('names the line of a malformed record', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n')).toThrow(new CsvSyntaxError(3, 'expected 2 fields, found 1'));
    expect(() => parseCsv('a,b\n1,"open\n')).toThrow(CsvSyntaxError);
  });
});

describe('detectDelimiter', () => {
  it('finds the header line’s delimiter, ignoring separators inside quoted names', () => {
    expect(detectDelimiter('sis_id,first_name,last_name\r\nS1,A,B')).toBe(',');
    expect(detectDelimiter('\uFEFFsis_id;first_name;last_name\r\nS1;"A, B";C')).toBe(';');
    expect(detectDelimiter('sis_id\tfirst_name\tlast_name')).toBe('\t');
    expect(detectDelimiter('"a;b";"c;d",x,y')).toBe(',');
    expect(detectDelimiter('single_column')).toBe(',');
  });

  it('parses with the detected delimiter', () => {
    expect(parseCsv('a;b\r\n1;"2;3"\r\n', ';').records.map((r) => r.values)).toEqual([{ a: '1', b: '2;3' }]);
  });
});
