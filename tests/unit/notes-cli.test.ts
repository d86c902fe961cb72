/** `npm run notes`: the research notes for files, through the same export code as the extension. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../engine/notes/export.ts';
import { parseNotesFile } from '../../engine/notes/schema.ts';
import { parseCsv } from '../../engine/packs/csv.ts';
import { loadNodeDataset } from '../../scripts/lib/artefacts.ts';
import { notesFor, parseArgs } from '../../scripts/notes.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const run = (...args: string[]) =>
  spawnSync(TSX, ['scripts/notes.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

const dir = mkdtempSync(join(tmpdir(), 'notes-cli-'));
const PAGE = join(dir, 'kabul.html');
writeFileSync(
  PAGE,
  `<!doctype html><html><head><title>Kabul falls, "quietly"</title>
<meta property="article:published_time" content="2021-08-15T18:00:00Z"></head>
<body><article><h1>Kabul falls</h1>
<p>KABUL — The Taliban entered the capital on Sunday. President Ashraf Ghani left Afghanistan, officials said. Crowds filled the airport.</p>
</article></body></html>`,
);

describe('npm run notes', () => {
  it('--format json: every entity on each page as if pinned there, with title, date and sentence', () => {
    const r = run(
      '--format',
      'json',
      '--pack',
      'examples/end-of-apartheid.pack.json',
      PAGE,
      'tests/fixtures/packs/apartheid-lesson.txt',
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const parsed = parseNotesFile(r.stdout);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const [project] = parsed.projects;
    const ghani = project!.pins.find((p) => p.id === 'person/ashraf-ghani')!;
    expect(ghani.seen).toEqual([
      expect.objectContaining({
        title: 'Kabul falls, "quietly"',
        published: '2021-08-15',
        sentence: 'President Ashraf Ghani left Afghanistan, officials said.',
      }),
    ]);
    expect(ghani.seen[0]!.url).toMatch(/^file:\/\/.*kabul\.html$/);
    expect(ghani.seen[0]!.card.facts.length).toBeGreaterThan(0);
    // The pack's own entity, found in the text file, whose title is its name.
    const biko = project!.pins.find((p) => p.id === 'pack:end-of-apartheid/steve-biko')!;
    expect(biko.seen[0]).toMatchObject({ title: 'apartheid-lesson.txt' });
    expect(biko.seen[0]!.published).toBeUndefined();
  });

  it('--format csv and md print the same notes', async () => {
    const dataset = loadNodeDataset();
    const rows = parseCsv(await notesFor(dataset, [PAGE], 'csv')).map((x) => x.cells);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const ids = rows.slice(1).map((x) => x[1]);
    expect(ids).toContain('person/ashraf-ghani');
    expect(ids).toContain('armed-group/taliban');
    const md = await notesFor(dataset, [PAGE], 'md');
    expect(md).toMatch(/^# Kabul falls, "quietly"\n/);
    expect(md).toContain('## Ashraf Ghani');
  });

  it('says what is wrong with the command line', () => {
    expect(parseArgs(['--format=csv', '--pack', 'p.json', 'a.html', 'b.txt'])).toEqual({
      format: 'csv',
      packs: ['p.json'],
      files: ['a.html', 'b.txt'],
    });
    expect(() => parseArgs(['--format', 'xml', 'a.html'])).toThrow('--format must be one of md, csv, json');
    expect(() => parseArgs(['a.html'])).toThrow('--format is required');
    expect(() => parseArgs(['--format', 'md'])).toThrow('no file given');
    expect(() => parseArgs(['--format', 'md', '--pack'])).toThrow('--pack needs a value');
    const r = run('--format', 'xml', PAGE);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: npm run notes');
  });
});
