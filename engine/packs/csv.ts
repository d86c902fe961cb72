/**
 * An RFC 4180 CSV reader: fields in double quotes may hold the delimiter, line
 * breaks and doubled quotes (""); CRLF, LF and CR all end a record; a UTF-8 byte
 * order mark is dropped. Spreadsheets in some locales write ";" or tab as the
 * delimiter, so the caller may choose it.
 */

export interface CsvRecord {
  /** 1-based line of the file on which the record starts (a quoted field may span lines). */
  line: number;
  cells: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly expected: string,
  ) {
    super(`line ${line}: expected ${expected}`);
  }
}

export const stripBom = (s: string): string => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Parses the whole text; throws `CsvSyntaxError` on an unterminated quote or text after a closing quote. */
export function parseCsv(input: string, delimiter = ','): CsvRecord[] {
  const text = stripBom(input);
  const delim = delimiter.charCodeAt(0);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;
  const endRecord = (): void => {
    records.push({ line: recordLine, cells });
    cells = [];
  };
  while (i <= n) {
    if (i === n) {
      // The last record, unless the text ended with a line break (or is empty).
      if (cells.length > 0) endRecord();
      break;
    }
    let cell = '';
    if (text.charCodeAt(i) === QUOTE) {
      const openedOn = line;
      i++;
      for (;;) {
        if (i >= n) throw new CsvSyntaxError(openedOn, 'a closing quote (") for the field opened here');
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++;
        cell += text[i];
        i++;
      }
      const after = i < n ? text.charCodeAt(i) : -1;
      if (after !== -1 && after !== delim && after !== CR && after !== LF) {
        throw new CsvSyntaxError(line, `the delimiter or a line break after a closing quote`);
      }
    } else {
      const from = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === delim || c === CR || c === LF) break;
        i++;
      }
      cell = text.slice(from, i);
    }
    cells.push(cell);
    if (i >= n) continue;
    const c = text.charCodeAt(i);
    if (c === delim) {
      i++;
      // A delimiter at the very end still opens an empty last field.
      if (i === n) cells.push('');
      continue;
    }
    // A line break: CRLF, LF or CR.
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    endRecord();
    recordLine = line;
  }
  return records;
}
