/** Every bad-pack case: errors name the place (JSON path or CSV row), the field and what was expected. */
import { describe, expect, it } from 'vitest';
import {
  formatPackError,
  importPack,
  installPack,
  PACK_LIMITS,
  validatePack,
  type InstalledPack,
} from '../../engine/packs/index.ts';
import { tinyDataset } from './helpers/tiny-dataset.ts';

const d = tinyDataset();

const pack = (entities: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    version: 1,
    id: 'unit',
    title: 'Unit',
    author: 'Ms T',
    description: 'A unit',
    entities,
    ...extra,
  });
const person = (more: Record<string, unknown> = {}) => ({
  id: 'pack:unit/jan-smit',
  name: 'Jan Smit',
  type: 'person',
  ...more,
});

const CSV_HEAD =
  'title,Unit\r\nauthor,Ms T\r\ndescription,A unit\r\nname,type,aliases,description,note,link,id\r\n';
const csv = (...rows: string[]) => `${CSV_HEAD}${rows.join('\r\n')}\r\n`;

/** The errors as the CLI prints them. */
function errors(text: string, fileName?: string): string[] {
  const r = validatePack(text, d, fileName ? { fileName } : {});
  return r.ok ? [] : r.errors.map(formatPackError);
}

describe('a valid pack', () => {
  it('passes in JSON and in CSV', () => {
    expect(errors(pack([person({ link: 'https://example.org/jan', aliases: ['Smit'] })]))).toEqual([]);
    expect(errors(csv('Jan Smit,person,Smit,,A note,https://example.org/jan,'))).toEqual([]);
  });
});

describe('bad packs', () => {
  it('not JSON or CSV', () => {
    expect(errors('Just some notes about the lesson.\nNothing else.')).toEqual([
      expect.stringMatching(
        /^file: format: expected a JSON pack .* or a CSV with a header row naming the columns name, type/,
      ),
    ]);
    expect(errors('\u0000\u0001PK\u0003\u0004')).toEqual([
      expect.stringMatching(/^file: format: expected a JSON pack/),
    ]);
    expect(errors('{ "version": 1,\n  "title": }')).toEqual([
      expect.stringMatching(/^file: JSON: expected valid JSON \(line 2, column \d+\)$/),
    ]);
    expect(errors('[1, 2]')).toEqual(['$: pack: expected an object, got a list']);
    expect(errors(csv()).concat(errors(pack([])))).toEqual([
      'the rows after the header: entities: expected at least one entity, got none',
      '$: entities: expected at least one entity, got none',
    ]);
    // What a browser reads from a file saved in Windows-1252 rather than UTF-8.
    expect(errors(csv('Jos\uFFFD Mart\uFFFD,person,,,,,'))).toEqual([
      'line 5: encoding: expected UTF-8 text (in Excel, save as "CSV UTF-8")',
    ]);
  });

  it('a wrong id', () => {
    expect(errors(pack([person({ id: 'pack:other-unit/jan-smit' })]))).toEqual([
      '$.entities[0]: id: expected a new entity\'s id "pack:unit/<kebab-case-name>", or an existing dataset id such as "person/nelson-mandela", got "pack:other-unit/jan-smit"',
    ]);
    expect(errors(pack([person({ id: 'pack:unit/Jan Smit' })]))[0]).toMatch(
      /^\$\.entities\[0\]: id: expected a new entity's id/,
    );
    expect(errors(pack([{ id: 'Jan Smit', note: 'x' }]))[0]).toMatch(
      /^\$\.entities\[0\]: id: expected a new entity's id/,
    );
    // Well formed, but not in the dataset.
    expect(errors(pack([{ id: 'person/jan-smit', note: 'x' }]))).toEqual([
      expect.stringMatching(
        /^\$\.entities\[0\]: id: expected an id in the dataset .*, got "person\/jan-smit"$/,
      ),
    ]);
    expect(errors(csv('Jan Smit,person,,,A note,,person/jan-smit'))).toEqual([
      expect.stringMatching(/^row 5: id: expected an id in the dataset/),
    ]);
    expect(errors(pack([person({ related: [{ id: 'person/nobody', relation: 'friend of' }] })]))).toEqual([
      expect.stringMatching(/^\$\.entities\[0\]: related\[0\]\.id: expected an id in the dataset/),
    ]);
  });

  it('a duplicate id', () => {
    expect(errors(pack([person(), person({ name: 'Jan Smit again' })]))).toEqual([
      '$.entities[1]: id: expected an id used once ($.entities[0] has it too), got "pack:unit/jan-smit"',
    ]);
    expect(errors(csv('Jan Smit,person,,,,,', 'Jan Smit,person,,,,,'))).toEqual([
      'row 6: id: expected an id used once (row 5 has it too), got "pack:unit/jan-smit"',
    ]);
    expect(
      errors(
        pack([
          { id: 'person/ashraf-ghani', note: 'a' },
          { id: 'person/ashraf-ghani', note: 'b' },
        ]),
      ),
    ).toEqual([
      '$.entities[1]: id: expected an id used once ($.entities[0] has it too), got "person/ashraf-ghani"',
    ]);
  });

  it('an unknown type', () => {
    expect(errors(pack([person({ type: 'persn' })]))).toEqual([
      '$.entities[0]: type: expected one of person, organization, armed-group, place, other, got "persn"',
    ]);
    expect(errors(csv('Jan Smit,teacher,,,,,'))).toEqual([
      'row 5: type: expected one of person, organization, armed-group, place, other, got "teacher"',
    ]);
    expect(errors(pack([person({ type: 'place', subtype: 'country' })]))).toEqual([
      expect.stringMatching(
        /^\$\.entities\[0\]: subtype: expected one of territory, city, town, .*\(for a place\), got "country"$/,
      ),
    ]);
    // The British spelling is read as the type.
    expect(errors(csv('Unit Council,organisation,,,,,'))).toEqual([]);
  });

  it('a missing name', () => {
    expect(errors(pack([{ id: 'pack:unit/jan-smit', type: 'person' }]))).toEqual([
      '$.entities[0]: name: expected a name, got nothing',
    ]);
    expect(errors(pack([person({ name: '   ' })]))).toEqual(['$.entities[0]: name: expected a name, got ""']);
    expect(errors(csv(',person,Smit,,,,'))).toEqual(['row 5: name: expected a name, got nothing']);
    expect(errors(csv('Jan Smit,,,,,,'))).toEqual([
      'row 5: type: expected a type: person, organization, armed-group, place or other, got nothing',
    ]);
  });

  it('a link that is not https', () => {
    expect(errors(pack([person({ link: 'http://example.org/jan' })]))).toEqual([
      '$.entities[0]: link: expected an https:// link, got "http://example.org/jan"',
    ]);
    expect(errors(pack([{ id: 'person/ashraf-ghani', note: 'n', link: 'javascript:alert(1)' }]))).toEqual([
      '$.entities[0]: link: expected an https:// link, got "javascript:alert(1)"',
    ]);
    expect(errors(csv('Jan Smit,person,,,,ftp://example.org/x,'))).toEqual([
      'row 5: link: expected an https:// link, got "ftp://example.org/x"',
    ]);
  });

  it('an alias that would shadow a country', () => {
    expect(errors(pack([person({ aliases: ['Smit', 'AFGHANISTAN'] })]))).toEqual([
      '$.entities[0]: aliases[1]: expected a name that does not shadow a country ("AFGHANISTAN" names Afghanistan, place/country-af), got "AFGHANISTAN"',
    ]);
    // Folded as the matcher folds: case, diacritics, dashes.
    expect(errors(pack([person({ aliases: ['Géorgia'] })]))[0]).toMatch(
      /aliases\[0\]: expected a name that does not shadow a country \("Géorgia" names Georgia, place\/country-ge\)/,
    );
    expect(errors(pack([person({ aliases: [{ text: 'us', caseSensitive: true }] })]))[0]).toMatch(
      /names United States/,
    );
    // A new entity's own name counts, and so does a CSV alias.
    expect(errors(pack([person({ id: 'pack:unit/britain', name: 'Britain', type: 'place' })]))[0]).toMatch(
      /^\$\.entities\[0\]: name: expected a name that does not shadow a country \("Britain" names United Kingdom/,
    );
    expect(errors(csv('Jan Smit,person,Smit; Pakistan,,,,'))[0]).toMatch(
      /^row 5: aliases\[1\]: expected a name that does not shadow a country/,
    );
    // A country's own extra alias is no shadow.
    expect(
      errors(pack([{ id: 'place/country-af', aliases: ['Islamic Republic of Afghanistan', 'afghanistan'] }])),
    ).toEqual([]);
  });

  it('too large', () => {
    const big = pack([person({ description: 'x'.repeat(1500) })]).replace(
      '"entities"',
      `"pad": "${'y'.repeat(PACK_LIMITS.bytes)}", "entities"`,
    );
    expect(errors(big)).toEqual([
      expect.stringMatching(
        /^file: size: expected at most 1 MB \(1,000,000 bytes\), got 1,00\d,\d{3} bytes$/,
      ),
    ]);
    const many = Array.from({ length: PACK_LIMITS.entities + 1 }, (_, i) => ({
      id: `pack:unit/p${i}`,
      name: `P ${i}`,
      type: 'person',
    }));
    expect(errors(pack(many))).toEqual(['$: entities: expected at most 2,000 entities, got 2,001']);
    const rows = Array.from({ length: PACK_LIMITS.entities + 1 }, (_, i) => `P ${i},person,,,,,`);
    expect(errors(csv(...rows))).toEqual(['file: entities: expected at most 2,000 entities, got 2,001']);
    expect(errors(pack([person({ note: 'n'.repeat(PACK_LIMITS.textLength + 1) })]))[0]).toMatch(
      /^\$\.entities\[0\]: note: expected a note of at most 2000 characters/,
    );
  });

  it('other mistakes name their field too', () => {
    expect(errors(pack([person({ colour: 'red' })]))).toEqual([
      '$.entities[0]: colour: expected no such field',
    ]);
    expect(errors(pack([person()], { version: 2 }))).toEqual([
      "$: version: expected 1 (the pack format's version), got 2",
    ]);
    expect(errors(pack([person()], { author: '' }))).toEqual(['$: author: expected an author, got ""']);
    expect(errors(pack([person({ id: 'pack:My Unit/jan-smit' })], { id: 'My Unit' }))).toEqual([
      '$: id: expected a kebab-case id (a-z, 0-9, single hyphens), e.g. "end-of-apartheid", got "My Unit"',
    ]);
    expect(errors(pack([{ id: 'person/ashraf-ghani', description: 'Mine now' }]))).toEqual([
      '$.entities[0]: description: expected none on an existing entity (person/ashraf-ghani keeps its own; write a note)',
      '$.entities[0]: note: expected a note, aliases or a link for an existing entity, got nothing',
    ]);
    expect(errors(pack([person({ aliases: ['S'] })]))).toEqual([
      '$.entities[0]: aliases[0]: expected a name of at least two letters or digits, got "S"',
    ]);
  });
});

describe('a failed import', () => {
  it('changes nothing: installed packs stay as they were', () => {
    const good = importPack(pack([person()]), { dataset: d });
    expect(good.ok).toBe(true);
    if (!good.ok) return;
    const installed: InstalledPack[] = installPack([], good.pack, new Date('2026-12-04T00:00:00Z'));
    const before = JSON.stringify(installed);
    const entities = d.entities.length;
    const bad = importPack(pack([person({ link: 'http://x.org' })], { title: 'Unit v2' }), {
      dataset: d,
      installed,
    });
    expect(bad.ok).toBe(false);
    expect(JSON.stringify(installed)).toBe(before);
    expect(d.entities.length).toBe(entities);
    expect(d.byId.has('pack:unit/jan-smit')).toBe(false);
  });
});
