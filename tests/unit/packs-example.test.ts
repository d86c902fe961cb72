/** The example pack against the full dataset, and the CLIs' fixed interfaces (pack:check, scan --pack). */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../engine/annotate.ts';
import { buildCard } from '../../engine/card/card.ts';
import { isPackEntityId, validatePack, withPackNotes, type Pack } from '../../engine/packs/index.ts';
import { loadNodeDataset, ROOT } from '../../scripts/lib/artefacts.ts';
import { loadPacks } from '../../scripts/lib/packs.ts';

const dataset = loadNodeDataset();
const JSON_PACK = 'examples/end-of-apartheid.pack.json';
const CSV_PACK = 'examples/end-of-apartheid.pack.csv';
const LESSON = 'tests/fixtures/packs/apartheid-lesson.txt';
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');

function valid(file: string): Pack {
  const r = validatePack(read(file), dataset, { fileName: file });
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.at}: ${e.field}: ${e.expected}`).join('\n'));
  return r.pack;
}

describe('the example pack', () => {
  const json = valid(JSON_PACK);
  const csv = valid(CSV_PACK);

  it('is valid in JSON and CSV, with the same entities, and notes only on real dataset ids', () => {
    const summary = (p: Pack) => p.entities.map((e) => [e.id, e.note ?? null, e.link ?? null]);
    expect(summary(csv)).toEqual(summary(json));
    expect([csv.id, csv.title, csv.author, csv.description]).toEqual([
      json.id,
      json.title,
      json.author,
      json.description,
    ]);
    for (const e of json.entities.filter((x) => !isPackEntityId(x.id)))
      expect(dataset.byId.has(e.id), e.id).toBe(true);
  });

  it('links its entities on a lesson text and puts its notes on the cards', () => {
    const { dataset: d, packs } = loadPacks(
      [JSON_PACK].map((f) => join(ROOT, f)),
      dataset,
    );
    const ids = new Set(annotateText(d, read(LESSON)).map((m) => d.entities[m.entity]!.id));
    for (const id of [
      'pack:end-of-apartheid/sharpeville-massacre',
      'pack:end-of-apartheid/steve-biko',
      'pack:end-of-apartheid/soweto-uprising',
      'pack:end-of-apartheid/robben-island',
      'pack:end-of-apartheid/truth-and-reconciliation-commission',
      'person/nelson-mandela',
      'person/f-w-de-klerk',
    ]) {
      expect(ids, id).toContain(id);
    }
    // "Soweto uprising" is read as the pack's event, not the township alone.
    expect(ids).not.toContain('place/geonames-953781');
    const card = withPackNotes(buildCard(d, d.byId.get('person/nelson-mandela')!), packs);
    expect(card.packNotes?.[0]).toMatchObject({ packTitle: json.title, author: json.author });
    expect(card.packNotes?.[0]?.note).toMatch(/^Freed on 11 February 1990/);
  });
});

const tsx = join(ROOT, 'node_modules/.bin/tsx');

describe('npm run pack:check', () => {
  it('prints a one-line summary and exits 0 for a valid pack', () => {
    const out = execFileSync(tsx, ['scripts/pack-check.ts', JSON_PACK], { cwd: ROOT, encoding: 'utf8' });
    expect(out.trim().split('\n')).toEqual([
      `${JSON_PACK}: OK "The end of apartheid, 1948–1994" by NewsContext example pack (JSON, en): 10 new entities, 4 notes on existing entities (1 alias added); no conflicts`,
    ]);
  });

  it('prints every error on its own line with the row or path, the field and what was expected, and exits 1', () => {
    const r = spawnSync(
      tsx,
      ['scripts/pack-check.ts', 'tests/fixtures/packs/bad-pack.csv', 'tests/fixtures/packs/bad-pack.json'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.map((l) => l.split(': expected')[0])).toEqual([
      'tests/fixtures/packs/bad-pack.csv: row 5: type',
      'tests/fixtures/packs/bad-pack.csv: row 6: name',
      'tests/fixtures/packs/bad-pack.csv: row 7: link',
      'tests/fixtures/packs/bad-pack.csv: row 8: aliases[1]',
      'tests/fixtures/packs/bad-pack.csv: row 9: id',
      'tests/fixtures/packs/bad-pack.csv: row 10: id',
      'tests/fixtures/packs/bad-pack.json: $.entities[0]: type',
      'tests/fixtures/packs/bad-pack.json: $.entities[1]: id',
      'tests/fixtures/packs/bad-pack.json: $.entities[2]: name',
      'tests/fixtures/packs/bad-pack.json: $.entities[3]: link',
      'tests/fixtures/packs/bad-pack.json: $.entities[4]: aliases[0]',
      'tests/fixtures/packs/bad-pack.json: $.entities[5]: id',
    ]);
    expect(lines[3]).toContain(
      'expected a name that does not shadow a country ("South Africa" names South Africa, place/country-za)',
    );
  });
});

describe('npm run scan -- --json --pack', () => {
  it('links with the pack applied, and refuses an invalid pack', () => {
    const out = execFileSync(tsx, ['scripts/scan.ts', '--json', '--pack', CSV_PACK, LESSON], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const { file, mentions } = JSON.parse(out) as { file: string; mentions: { entity: { id: string } }[] };
    expect(file).toBe(LESSON);
    expect(mentions.map((m) => m.entity.id)).toContain('pack:end-of-apartheid/desmond-tutu');
    // An invalid pack stops the CLI (scan prints the message and exits 1) before anything is scanned.
    expect(() => loadPacks([join(ROOT, 'tests/fixtures/packs/bad-pack.json')], dataset)).toThrow(
      /bad-pack\.json: \$\.entities\[0\]: type: expected one of person/,
    );
  });
});
