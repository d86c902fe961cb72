import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entitySchema } from '../../dataset/schema.ts';
import { checkCurated, formatIssue } from '../../scripts/lib/check.ts';
import { loadCurated, type Issue } from '../../scripts/lib/load-sources.ts';

const good = {
  id: 'person/test-person',
  type: 'person',
  subtype: 'analyst',
  name: 'Test Person',
  aliases: [{ text: 'Person', partial: true }],
  description: 'A person invented for this test, with a description long enough.',
  facts: [{ label: 'Position', value: 'Analyst', asOf: '2025-01-01' }],
  related: [],
  sources: [{ title: 'Example', url: 'https://example.org/' }],
  wikipedia: null,
};

function brokenRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'nc-data-'));
  mkdirSync(join(root, 'dataset/actors'), { recursive: true });
  const broken = [
    good,
    { ...good, name: 'Duplicate' }, // same id
    { ...good, id: 'person/second', name: 'Second', related: [{ id: 'person/nobody', relation: 'knows' }] },
    { ...good, id: 'person/third', name: 'Third', facts: [{ label: 'Leader', value: 'X' }] },
    {
      ...good,
      id: 'person/fourth',
      name: 'Fourth',
      sources: [{ title: 'Insecure', url: 'http://example.org/' }],
    },
    { ...good, id: 'person/fifth', name: 'Fifth', aliases: ['Test Person'] },
    // A name flagged as other bodies' generic name may be another's alias too.
    { ...good, id: 'person/sixth', name: 'Generic Name', ambiguousName: true, aliases: [], facts: [] },
    { ...good, id: 'person/seventh', name: 'Seventh', aliases: ['Generic Name'], facts: [] },
    { ...good, id: 'organization/wrong-prefix', name: 'Wrong' },
    {
      ...good,
      id: 'place/invented',
      type: 'place',
      subtype: 'admin1',
      name: 'Kyiv City Province',
      aliases: ['Tatarstan Republic Province', 'Kalush Raion District'],
      facts: [],
    },
    {
      ...good,
      id: 'place/legitimate',
      type: 'place',
      subtype: 'admin1',
      name: 'Kandahar Province',
      aliases: ['Kyiv City', 'Kyiv Oblast', 'Zhytomyr Oblast', 'Kurdistan Region', 'Achin District'],
      facts: [],
    },
    // Only places: an office or a group may have two such words.
    {
      ...good,
      id: 'organization/state-department',
      type: 'organization',
      subtype: 'government-body',
      name: 'US State Department',
      aliases: [],
      facts: [],
    },
  ];
  writeFileSync(join(root, 'dataset/actors/broken.json'), JSON.stringify(broken));
  writeFileSync(join(root, 'dataset/actors/not-json.json'), '[{ "id": ');
  return root;
}

describe('data:check', () => {
  const issues: Issue[] = [];
  const curated = loadCurated(brokenRoot(), issues);
  issues.push(...checkCurated(curated, new Set(curated.map((c) => c.source.id)), new Set()));
  const lines = issues.map(formatIssue);

  it('reports each problem as file: id: field: message', () => {
    expect(lines).toContain(
      'dataset/actors/broken.json: person/test-person: id: duplicate id (also in dataset/actors/broken.json)',
    );
    expect(lines).toContain(
      'dataset/actors/broken.json: person/second: related.0.id: unknown id "person/nobody"',
    );
    expect(lines).toContain(
      'dataset/actors/broken.json: person/third: facts.0.asOf: time-varying fact "Leader" needs asOf',
    );
    expect(lines).toContain('dataset/actors/broken.json: person/fourth: sources.0.url: URL must use https');
    expect(lines).toContain(
      'dataset/actors/broken.json: organization/wrong-prefix: id: id must start with "person/"',
    );
    expect(
      lines.some((l) =>
        l.startsWith('dataset/actors/broken.json: person/fifth: aliases: alias "Test Person" is shared'),
      ),
    ).toBe(true);
    expect(lines.some((l) => l.startsWith('dataset/actors/not-json.json: -: -: invalid JSON'))).toBe(true);
  });

  it('lets a name flagged ambiguousName be shared, like an alias flagged ambiguous', () => {
    expect(lines.filter((l) => l.includes('"Generic Name" is shared'))).toEqual([]);
    expect(issues.filter((i) => i.id === 'person/sixth' || i.id === 'person/seventh')).toEqual([]);
  });

  it('rejects a place name that stacks a kind onto one that has one, and only that', () => {
    const invented = 'an invented name; use the name the source or the news gives';
    expect(lines).toContain(
      `dataset/actors/broken.json: place/invented: name: "Kyiv City Province" stacks "Province" onto "City": ${invented}`,
    );
    expect(lines).toContain(
      `dataset/actors/broken.json: place/invented: aliases.0: "Tatarstan Republic Province" stacks "Province" onto "Republic": ${invented}`,
    );
    expect(lines).toContain(
      `dataset/actors/broken.json: place/invented: aliases.1: "Kalush Raion District" stacks "District" onto "Raion": ${invented}`,
    );
    expect(issues.filter((i) => i.id === 'place/legitimate')).toEqual([]);
    expect(issues.filter((i) => i.id === 'organization/state-department')).toEqual([]);
  });

  it('keeps the valid records of a file that also has broken ones', () => {
    expect(curated.map((c) => c.source.id)).toContain('person/second');
  });
});

describe('entity schema', () => {
  it('accepts a well-formed entity and typed fact values', () => {
    const ok = entitySchema.safeParse({
      ...good,
      facts: [
        { label: 'Born', value: { date: '1970-05' } },
        { label: 'Members', value: { number: 12, unit: 'states' }, asOf: '2025-06-01' },
        { label: 'Employer', value: { ref: 'organization/example' } },
      ],
    });
    expect(ok.success).toBe(true);
  });
  it('rejects bad dates, subtypes and spaces in Wikipedia titles', () => {
    expect(
      entitySchema.safeParse({ ...good, facts: [{ label: 'Born', value: { date: '5 May 1970' } }] }).success,
    ).toBe(false);
    expect(entitySchema.safeParse({ ...good, subtype: 'wizard' }).success).toBe(false);
    expect(entitySchema.safeParse({ ...good, wikipedia: 'Has Spaces' }).success).toBe(false);
  });
});
