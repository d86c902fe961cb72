import { describe, expect, it } from 'vitest';
import {
  csvField,
  CSV_COLUMNS,
  notesFileName,
  toCsv,
  toJson,
  toMarkdown,
} from '../../engine/notes/export.ts';
import { mergeNotebook, nothingAdded } from '../../engine/notes/merge.ts';
import { activeProject, emptyNotebook, pin, type Notebook, type Project } from '../../engine/notes/model.ts';
import { readFileSync } from 'node:fs';
import {
  cardSnapshotSchema,
  factSchema,
  notesFileSchema,
  NOTES_FORMAT_VERSION,
  parseNotesFile,
  pinnedEntitySchema,
  projectSchema,
  sightingSchema,
  sourceSchema,
} from '../../engine/notes/schema.ts';
import { parseCsv } from '../../engine/packs/csv.ts';
import { pinOf, T0, T1 } from './notes-fixtures.ts';

const NOW = '2026-12-04T09:30:00.000Z';

function notebookWith(...pins: [string, string][]): Notebook {
  let nb = emptyNotebook({ id: 'p1', now: T0 });
  for (const [id, url] of pins) nb = pin(nb, pinOf(id, url), T1).notebook;
  return nb;
}

/** A project whose texts hold every character CSV and Markdown must escape. */
function trickyProject(): Project {
  let nb = emptyNotebook({ id: 'p1', now: T0 });
  nb = pin(
    nb,
    {
      ...pinOf('person/ashraf-ghani', 'https://a.example/1?x=1,2'),
      page: { url: 'https://a.example/1?x=1,2', title: 'He said "no", then left', published: '2021-08-15' },
      sentence: 'Line one,\nline "two"\r\nand three',
    },
    T1,
  ).notebook;
  nb = pin(
    nb,
    {
      ...pinOf('place/kabul', 'https://ar.example/مقال'),
      entity: { id: 'place/kabul', name: 'كابول', type: 'place', role: 'عاصمة أفغانستان', description: '' },
      page: { url: 'https://ar.example/مقال', title: 'سقوط كابول، ٢٠٢١' },
      sentence: 'دخلت حركة طالبان كابول يوم الأحد.',
    },
    T1,
  ).notebook;
  return { ...activeProject(nb), name: 'Kabul, August' };
}

describe('CSV export', () => {
  it('quotes commas, quotes, line breaks and edge spaces (RFC 4180), and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-5')).toBe('-5');
    expect(csvField('كابول، أفغانستان')).toBe('كابول، أفغانستان');
  });

  it('starts with a UTF-8 byte order mark, ends rows with CRLF, one row per entity and page', () => {
    const nb = notebookWith(
      ['person/a', 'https://a.example/1'],
      ['person/a', 'https://b.example/2'],
      ['person/b', 'https://a.example/1'],
    );
    const csv = toCsv([activeProject(nb)]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv).map((r) => r.cells);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => [r[1], r[6]])).toEqual([
      ['person/a', 'https://a.example/1'],
      ['person/a', 'https://b.example/2'],
      ['person/b', 'https://a.example/1'],
    ]);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('reads back every tricky cell exactly: commas, quotes, newlines and right-to-left text', () => {
    const project = trickyProject();
    const rows = parseCsv(toCsv([project])).map((r) => r.cells);
    expect(rows).toHaveLength(3);
    const [ghani, kabul] = [rows[1]!, rows[2]!];
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(ghani[col('project')]).toBe('Kabul, August');
    expect(ghani[col('page_title')]).toBe('He said "no", then left');
    expect(ghani[col('page_url')]).toBe('https://a.example/1?x=1,2');
    expect(ghani[col('sentence')]).toBe('Line one,\nline "two"\r\nand three');
    expect(ghani[col('published')]).toBe('2021-08-15');
    expect(ghani[col('facts')]!.split('\n')[0]).toBe(
      'Position: President of Afghanistan (as of 2021-08-15) [1]',
    );
    expect(ghani[col('sources')]!.split('\n')[0]).toBe(
      '[1] Wikipedia <https://en.wikipedia.org/wiki/Ashraf_Ghani>',
    );
    expect(kabul[col('name')]).toBe('كابول');
    expect(kabul[col('role')]).toBe('عاصمة أفغانستان');
    expect(kabul[col('page_title')]).toBe('سقوط كابول، ٢٠٢١');
    expect(kabul[col('sentence')]).toBe('دخلت حركة طالبان كابول يوم الأحد.');
    expect(kabul[col('published')]).toBe('');
  });
});

describe('Markdown export', () => {
  it('has a heading per entity, key facts with dates, numbered sources, and where it was seen', () => {
    const nb = notebookWith(
      ['person/ashraf-ghani', 'https://a.example/1'],
      ['person/ashraf-ghani', 'https://b.example/(2)'],
    );
    const md = toMarkdown([{ ...activeProject(nb), name: 'Afghanistan 2021' }], NOW);
    expect(md).toContain('# Afghanistan 2021\n');
    expect(md).toContain('_Exported from NewsContext on 2026-12-04: 1 pinned._');
    expect(md).toContain('## Ashraf Ghani\n');
    expect(md).toContain('- **Position:** President of Afghanistan (as of 2021-08-15) [1]');
    expect(md).toContain('- **Population:** 4,000,000 (retrieved 2026-09-07) [3]');
    expect(md).toContain('1. [Wikipedia](<https://en.wikipedia.org/wiki/Ashraf_Ghani>)');
    expect(md).toContain('2. [britannica.com](<https://www.britannica.com/x>)');
    expect(md).toContain('3. [GeoNames](<https://www.geonames.org/>)');
    expect(md).toContain(
      '- [Page https://a.example/1](<https://a.example/1>), published 2021-08-15\n  > Ashraf Ghani left Kabul.',
    );
    expect(md).toContain('(<https://b.example/(2)>)');
  });

  it('escapes Markdown in names, titles and sentences and keeps each on one line', () => {
    const md = toMarkdown([trickyProject()], NOW);
    expect(md).toContain('  > Line one, line "two" and three');
    expect(md).toContain('# Kabul, August');
    const evil = pinOf('person/x', 'https://a.example/');
    evil.entity.name = '*Bold* [link](x) # not a heading';
    const nb = pin(emptyNotebook({ id: 'p', now: T0 }), evil, T1).notebook;
    expect(toMarkdown([activeProject(nb)], NOW)).toContain('## \\*Bold\\* \\[link\\](x) \\# not a heading');
  });

  it('names an unnamed project and its files', () => {
    const project = activeProject(notebookWith());
    expect(toMarkdown([project], NOW)).toContain('# Research notes');
    expect(notesFileName(project, 'csv', NOW)).toBe('newscontext-research-notes-2026-12-04.csv');
    expect(notesFileName({ ...project, name: 'Sahel: Mali & Niger' }, 'md', NOW)).toBe(
      'newscontext-sahel-mali-niger-2026-12-04.md',
    );
  });
});

describe('JSON export and import', () => {
  it('writes the format and its version, and reads back what it wrote', () => {
    const project = trickyProject();
    const json = toJson([project], NOW);
    const data = JSON.parse(json) as { format: string; version: number; exportedAt: string };
    expect(data).toMatchObject({
      format: 'newscontext-notes',
      version: NOTES_FORMAT_VERSION,
      exportedAt: NOW,
    });
    expect(parseNotesFile(json)).toEqual({ ok: true, projects: [project] });
  });

  it('round trip: export → import into the same notebook adds nothing; into another it adds everything', () => {
    const nb = notebookWith(['person/a', 'https://a.example/1'], ['person/b', 'https://b.example/2']);
    const parsed = parseNotesFile(toJson(nb.projects, NOW));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const same = mergeNotebook(nb, parsed.projects);
    expect(same.notebook).toEqual(nb);
    expect(nothingAdded(same.report)).toBe(true);
    expect(same.report.pagesKept).toBe(2);

    const other = emptyNotebook({ id: 'mine', now: T0 });
    const merged = mergeNotebook(other, parsed.projects);
    expect(merged.report).toEqual({ projectsAdded: [''], entitiesAdded: 2, pagesAdded: 0, pagesKept: 0 });
    expect(merged.notebook.activeProjectId).toBe('mine');
    expect(merged.notebook.projects.map((p) => p.id)).toEqual(['mine', 'p1']);
  });

  it('merges without overwriting: new pages and entities are added, what is there is kept', () => {
    const mine = notebookWith(['person/a', 'https://a.example/1']);
    const theirs = notebookWith(
      ['person/a', 'https://a.example/1'],
      ['person/a', 'https://c.example/3'],
      ['person/c', 'https://c.example/3'],
    );
    // Their copy of the same page says something else: ours is kept.
    theirs.projects[0]!.pins[0]!.seen[0]!.sentence = 'Changed elsewhere.';
    const { notebook, report } = mergeNotebook(mine, theirs.projects);
    expect(report).toEqual({ projectsAdded: [], entitiesAdded: 1, pagesAdded: 1, pagesKept: 1 });
    const a = activeProject(notebook).pins.find((p) => p.id === 'person/a')!;
    expect(a.seen.map((s) => [s.url, s.sentence])).toEqual([
      ['https://a.example/1', 'a left Kabul.'],
      ['https://c.example/3', 'a left Kabul.'],
    ]);
  });

  it('adds a project with a taken name under a free one', () => {
    const mine = { ...notebookWith(), projects: [{ ...notebookWith().projects[0]!, name: 'Sahel' }] };
    const theirs: Project = { id: 'other', name: 'Sahel', createdAt: T0, pins: [] };
    const { notebook, report } = mergeNotebook(mine, [theirs]);
    expect(report.projectsAdded).toEqual(['Sahel (2)']);
    expect(notebook.projects.map((p) => p.name)).toEqual(['Sahel', 'Sahel (2)']);
  });

  it('rejects a bad file with the JSON path and what was expected', () => {
    expect(parseNotesFile('{oops')).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^not JSON/)],
    });
    expect(parseNotesFile('{"projects": []}')).toMatchObject({
      ok: false,
      errors: ['not a NewsContext notes file (expected "format": "newscontext-notes")'],
    });
    expect(
      parseNotesFile('{"format":"newscontext-notes","version":9,"exportedAt":"x","projects":[]}'),
    ).toMatchObject({
      ok: false,
      errors: [expect.stringContaining('newer version (format 9)')],
    });
    const nb = notebookWith(['person/a', 'https://a.example/1']);
    const file = JSON.parse(toJson(nb.projects, NOW)) as {
      projects: { pins: { type: string; seen: { pinnedAt: string; url: string }[] }[] }[];
    };
    file.projects[0]!.pins[0]!.type = 'planet';
    file.projects[0]!.pins[0]!.seen[0]!.pinnedAt = 'yesterday';
    file.projects[0]!.pins[0]!.seen[0]!.url = 'javascript:alert(1)';
    const r = parseNotesFile(`\uFEFF${JSON.stringify(file)}`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      expect.stringMatching(/^projects\[0\]\.pins\[0\]\.type: /),
      'projects[0].pins[0].seen[0].url: an http(s) or file address',
      'projects[0].pins[0].seen[0].pinnedAt: an ISO 8601 date-time',
    ]);
  });
});

describe('docs/notes-schema.md', () => {
  it('names every field of the schema and every CSV column', () => {
    const doc = readFileSync(new URL('../../docs/notes-schema.md', import.meta.url), 'utf8');
    const schemas = [
      notesFileSchema,
      projectSchema,
      pinnedEntitySchema,
      sightingSchema,
      cardSnapshotSchema,
      factSchema,
      sourceSchema,
    ];
    const fields = [...new Set(schemas.flatMap((schema) => Object.keys(schema.shape))), ...CSV_COLUMNS];
    expect(fields.filter((f) => !doc.includes(`\`${f}\``))).toEqual([]);
  });
});
