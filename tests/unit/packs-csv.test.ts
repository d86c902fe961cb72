import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../engine/packs/csv.ts';
import { readPack } from '../../engine/packs/read.ts';

const cells = (text: string, d?: string) => parseCsv(text, d).map((r) => r.cells);

describe('RFC 4180 reader', () => {
  it('reads plain fields and every line ending', () => {
    expect(cells('a,b,c\r\nd,e,f\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(cells('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(cells('a,b\rc,d\r')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(cells('"Tambo, Oliver","He said ""Amandla""",x\r\n"line one\r\nline two",y,z')).toEqual([
      ['Tambo, Oliver', 'He said "Amandla"', 'x'],
      ['line one\r\nline two', 'y', 'z'],
    ]);
    expect(cells('"",""""')).toEqual([['', '"']]);
  });

  it('counts a record from the line it starts on, across quoted line breaks', () => {
    const records = parseCsv('h1,h2\n"a\nb\nc",d\ne,f\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('drops a byte order mark and keeps empty fields', () => {
    expect(cells('\uFEFFname,type\n,,\nx,')).toEqual([
      ['name', 'type'],
      ['', '', ''],
      ['x', ''],
    ]);
  });

  it('keeps right-to-left text and invisible direction marks as written', () => {
    const rtl = 'داعش خراسان';
    expect(cells(`"${rtl}, \u200fעברית",שלום`)).toEqual([[`${rtl}, \u200fעברית`, 'שלום']]);
  });

  it('reads other delimiters (spreadsheets in some locales write ";")', () => {
    expect(cells('a;"b;c";d', ';')).toEqual([['a', 'b;c', 'd']]);
    expect(cells('a\tb', '\t')).toEqual([['a', 'b']]);
  });

  it('rejects an unterminated quote and text after a closing quote, with the line', () => {
    expect(() => parseCsv('a,b\n"open,c\nd')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a,b\n"open,c\nd');
    } catch (err) {
      expect((err as CsvSyntaxError).line).toBe(2);
    }
    expect(() => parseCsv('"a"b,c')).toThrow(/after a closing quote/);
  });
});

describe('pack CSV', () => {
  const head = 'title,Unit\nauthor,Ms Teacher\ndescription,"A unit, with a comma"\n\n';

  it('reads metadata rows, the header and quoted cells into a pack', () => {
    const csv = `${head}name,type,aliases,description,note,link\r\n"Tambo, Oliver",person,"Tambo; O. R. Tambo | Oliver Reginald Tambo","Said ""unity""",\"Two\r\nlines\",https://example.org/a\r\n`;
    const r = readPack(csv);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.format).toBe('csv');
    expect(r.pack).toMatchObject({
      id: 'unit',
      title: 'Unit',
      author: 'Ms Teacher',
      description: 'A unit, with a comma',
    });
    expect(r.pack.entities[0]).toEqual({
      id: 'pack:unit/tambo-oliver',
      name: 'Tambo, Oliver',
      type: 'person',
      aliases: ['Tambo', 'O. R. Tambo', 'Oliver Reginald Tambo'],
      description: 'Said "unity"',
      note: 'Two\nlines',
      link: 'https://example.org/a',
    });
    expect(r.locate(0)).toBe('row 6');
  });

  it('reads a sheet saved with ";" as the delimiter, with a BOM', () => {
    const csv =
      '\uFEFFtitle;Unité\nauthor;Mme Prof\ndescription;Une unité\nname;type;aliases\nRobben Island;place;"Robbeneiland|Île Robben"\n';
    const r = readPack(csv);
    expect(r.ok && r.pack.entities[0]).toMatchObject({
      name: 'Robben Island',
      aliases: ['Robbeneiland', 'Île Robben'],
    });
  });

  it('reads a metadata value padded by a spreadsheet, or split by an unquoted comma', () => {
    const r = readPack('title,Unit,,,\nauthor,Smith, J.,,\ndescription,D,,\nname,type,,\nX Y,other,,\n');
    expect(r.ok && [r.pack.title, r.pack.author]).toEqual(['Unit', 'Smith, J.']);
  });

  it('takes the title from the file name when no title row is given', () => {
    const r = readPack('author,A\ndescription,D\nname,type\nX Y,other\n', { fileName: 'dir/My Unit.csv' });
    expect(r.ok && [r.pack.title, r.pack.id, r.pack.entities[0]!.id]).toEqual([
      'My Unit',
      'my-unit',
      'pack:my-unit/x-y',
    ]);
  });

  it('names the row of a broken quote and the header of an unknown column', () => {
    const broken = readPack(`${head}name,type\n"Steve Biko,person\n`);
    expect(broken.ok || broken.errors).toEqual([
      { at: 'line 6', field: 'CSV', expected: 'a closing quote (") for the field opened here' },
    ]);
    const column = readPack(`${head}name,type,alias\nX,person,Y\n`);
    expect(column.ok || column.errors[0]).toMatchObject({ at: 'row 5 (header)', field: 'alias' });
  });

  it('names the metadata that is missing', () => {
    const r = readPack('title,T\nname,type\nX,person\n');
    expect(r.ok || r.errors.map((e) => `${e.at}: ${e.field}`)).toEqual([
      'the rows before the header: author',
      'the rows before the header: description',
    ]);
  });
});
