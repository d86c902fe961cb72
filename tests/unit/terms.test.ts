/** Terms (dataset/terms): the schema, de-duplication, the checks, and the facts derived from them. */
import { describe, expect, it } from 'vitest';
import { entitySchema, termSchema, type Term } from '../../dataset/schema.ts';
import { checkCurated } from '../../scripts/lib/check.ts';
import {
  CONVERTED_TERMS_FILE,
  checkTerms,
  closeSupersededTerms,
  dedupeTerms,
  derivedFacts,
} from '../../scripts/lib/check-terms.ts';
import { checkHeadsWrittenTwice } from '../../scripts/lib/check-heads-twice.ts';
import type { LoadedTerm } from '../../scripts/lib/load-sources.ts';

const SOURCE = { url: 'https://example.org/a', title: 'A page' };
const term = (t: Partial<Term> = {}): Term => ({
  office: 'President of Afghanistan',
  officeOf: 'place/country-af',
  kind: 'head-of-state',
  holder: 'person/ashraf-ghani',
  holderName: 'Ashraf Ghani',
  from: '2014-09-29',
  to: '2021-08-15',
  source: SOURCE,
  asOf: '2021-08-15',
  ...t,
});
const loaded = (t: Term, file = 'dataset/terms/heads.json', index = 0): LoadedTerm => ({
  file,
  index,
  term: t,
});

describe('termSchema', () => {
  it('accepts a term in the fixed format', () => {
    expect(termSchema.safeParse(term()).success).toBe(true);
    expect(termSchema.safeParse({ ...term(), to: undefined, acting: true }).success).toBe(true);
  });
  it('rejects a term that ends before it starts, an http source, and a missing asOf', () => {
    expect(termSchema.safeParse(term({ from: '2021-09', to: '2021-08-15' })).success).toBe(false);
    expect(termSchema.safeParse(term({ source: { url: 'http://example.org', title: 'x' } })).success).toBe(
      false,
    );
    const { asOf: _asOf, ...noAsOf } = term();
    expect(termSchema.safeParse(noAsOf).success).toBe(false);
    expect(termSchema.safeParse({ ...term(), holderName: undefined }).success).toBe(false);
  });
});

describe('dedupeTerms', () => {
  it('keeps one term per tenure: the later asOf, with the more precise dates of the other', () => {
    const converted = loaded(term({ from: '2014', asOf: '2025-06-01', to: undefined }), CONVERTED_TERMS_FILE);
    const verified = loaded(
      term({ from: '2014-09', asOf: '2026-11-20', office: 'President of Afghanistan' }),
    );
    const { terms, merged } = dedupeTerms([converted, verified]);
    expect(merged).toBe(1);
    expect(terms).toHaveLength(1);
    expect(terms[0]!.term).toMatchObject({ asOf: '2026-11-20', from: '2014-09', to: '2021-08-15' });
  });
  it('merges a differently titled office of the same kind, and takes the holder id a name-only term lacks', () => {
    const a = loaded(
      term({ holder: undefined, office: 'President of the Islamic Republic', asOf: '2026-01-01' }),
    );
    const b = loaded(term({ asOf: '2024-01-01' }), CONVERTED_TERMS_FILE);
    const { terms, merged } = dedupeTerms([a, b]);
    expect(merged).toBe(1);
    expect(terms[0]!.term.holder).toBe('person/ashraf-ghani');
  });
  it('merges a converted free-text title into the leading office it names', () => {
    const ie = {
      officeOf: 'place/country-ie',
      holder: 'person/micheal-martin',
      holderName: 'Micheál Martin',
    };
    const verified = loaded(
      term({
        ...ie,
        office: 'Taoiseach',
        kind: 'head-of-government',
        from: '2025-01-23',
        to: undefined,
        asOf: '2025-10-28',
      }),
    );
    const converted = loaded(
      term({
        ...ie,
        office: 'Taoiseach (Prime Minister) of Ireland',
        kind: 'other',
        from: '2025-01-23',
        to: undefined,
        asOf: '2025-06-01',
      }),
      CONVERTED_TERMS_FILE,
    );
    const { terms, merged } = dedupeTerms([verified, converted]);
    expect(merged).toBe(1);
    expect(terms[0]!.term).toMatchObject({ office: 'Taoiseach', kind: 'head-of-government' });
    const minister = loaded(
      term({ ...ie, office: 'Minister for Foreign Affairs', kind: 'other', to: undefined }),
    );
    expect(dedupeTerms([verified, minister]).merged).toBe(0);
  });
  it('keeps consecutive terms of one holder and terms of other holders', () => {
    const first = loaded(term({ from: '2014-09-29', to: '2019-09-28' }));
    const second = loaded(term({ from: '2019-09-28', to: '2021-08-15' }));
    const other = loaded(
      term({ holder: 'person/hamid-karzai', holderName: 'Hamid Karzai', from: '2004', to: '2014-09-29' }),
    );
    expect(dedupeTerms([first, second, other]).merged).toBe(0);
  });
});

describe('checkTerms', () => {
  const known = new Set(['place/country-af', 'person/ashraf-ghani', 'person/hamid-karzai']);
  it('rejects unknown ids but accepts a term with a name and no holder id', () => {
    const issues = checkTerms(
      [
        loaded(term({ holder: 'person/nobody' })),
        loaded(term({ officeOf: 'place/country-xx' })),
        loaded(term({ holder: undefined })),
      ],
      known,
    );
    expect(issues.map((i) => i.field)).toEqual(['holder', 'officeOf']);
    expect(issues[0]!.message).toContain('person/nobody');
  });
  it('rejects two holders of one office at once, unless one is acting', () => {
    const ghani = loaded(term());
    const karzai = loaded(
      term({ holder: 'person/hamid-karzai', holderName: 'Hamid Karzai', from: '2004', to: '2015' }),
    );
    expect(checkTerms([ghani, karzai], known).map((i) => i.message)).toEqual([
      expect.stringContaining('overlaps Ashraf Ghani'),
    ]);
    expect(checkTerms([ghani, { ...karzai, term: { ...karzai.term, acting: true } }], known)).toEqual([]);
    const handover = loaded(
      term({ holder: 'person/hamid-karzai', holderName: 'Hamid Karzai', from: '2004', to: '2014-09-29' }),
    );
    expect(checkTerms([ghani, handover], known)).toEqual([]);
  });
  it("closes a converted current term at a verified successor's start", () => {
    const old = loaded(term({ to: undefined, asOf: '2025-06-01', from: '2020' }), CONVERTED_TERMS_FILE);
    const next = loaded(
      term({
        holder: 'person/hamid-karzai',
        holderName: 'Hamid Karzai',
        from: '2025-11-28',
        to: undefined,
        asOf: '2025-11-28',
      }),
    );
    const { terms, closed } = closeSupersededTerms([old, next]);
    expect(closed).toBe(1);
    expect(terms[0]!.term.to).toBe('2025-11-28');
    expect(checkTerms(terms, known)).toEqual([]);
  });
});

describe('derived facts', () => {
  it("derive a person's current position and its start, with the term's source and date", () => {
    const facts = derivedFacts(
      'person/ashraf-ghani',
      'person',
      [term({ to: undefined, asOf: '2020-01-01' })],
      [],
    );
    expect(facts).toEqual([
      {
        label: 'Position',
        value: 'President of Afghanistan',
        asOf: '2020-01-01',
        sourceUrl: SOURCE.url,
        sourceTitle: SOURCE.title,
      },
      {
        label: 'In office since',
        value: { date: '2014-09-29' },
        asOf: '2020-01-01',
        sourceUrl: SOURCE.url,
        sourceTitle: SOURCE.title,
      },
    ]);
  });
  it('say when the last office ended when none is current', () => {
    const facts = derivedFacts('person/ashraf-ghani', 'person', [term()], []);
    expect(facts.map((f) => [f.label, f.value])).toEqual([
      ['Last office', 'President of Afghanistan'],
      ['Left office', { date: '2021-08-15' }],
    ]);
  });
  it("derive a group's current leader", () => {
    const emir = term({
      office: 'Emir of IS-K',
      officeOf: 'armed-group/islamic-state-khorasan-province',
      kind: 'leader',
      holder: 'person/shahab-al-muhajir',
      holderName: 'Shahab al-Muhajir',
      from: '2020-06',
      to: undefined,
    });
    const facts = derivedFacts('armed-group/islamic-state-khorasan-province', 'armed-group', [], [emir]);
    expect(facts).toMatchObject([{ label: 'Emir', value: { ref: 'person/shahab-al-muhajir' } }]);
  });
});

/** An armed group made up for the data:check tests, with the facts given. */
const exampleFront = (facts: unknown[]) =>
  entitySchema.parse({
    id: 'armed-group/example-front',
    type: 'armed-group',
    subtype: 'insurgency',
    name: 'Example Front',
    aliases: [],
    description: 'An armed group made up for this test only.',
    facts,
    sources: [{ title: 'Wikipedia: Example', url: 'https://en.wikipedia.org/wiki/Example' }],
    wikipedia: 'Example',
  });

describe('data:check on time-sensitive facts', () => {
  const entity = exampleFront;
  const check = (facts: unknown[]) =>
    checkCurated([{ file: 'dataset/actors/test.json', source: entity(facts) }], new Set(), new Set()).map(
      (i) => `${i.field}: ${i.message}`,
    );

  it('fails on a time-sensitive fact without its own source', () => {
    expect(check([{ label: 'Leader', value: 'Someone', asOf: '2026-11-01' }])).toEqual([
      'facts.0.sourceUrl: time-sensitive fact "Leader" needs its own source (sourceUrl)',
    ]);
  });
  it('fails on a time-sensitive fact without asOf', () => {
    expect(check([{ label: 'Leader', value: 'Someone', sourceUrl: 'https://example.org/leader' }])).toEqual([
      'facts.0.asOf: time-varying fact "Leader" needs asOf',
    ]);
  });
  it('fails on a Position or In office since written by hand', () => {
    const issues = check([
      { label: 'Position', value: 'Emir', asOf: '2026-11-01', sourceUrl: 'https://example.org/p' },
      {
        label: 'In office since',
        value: { date: '2020' },
        asOf: '2026-11-01',
        sourceUrl: 'https://example.org/p',
      },
    ]);
    expect(issues).toEqual([
      'facts.0.label: "Position" is derived from dataset/terms; write a term instead',
      'facts.1.label: "In office since" is derived from dataset/terms; write a term instead',
    ]);
  });
  it('passes a sourced, dated time-sensitive fact and an undated fixed one', () => {
    expect(
      check([
        {
          label: 'Leader',
          value: 'Someone',
          asOf: '2026-11-01',
          sourceUrl: 'https://example.org/l',
          sourceTitle: 'L',
        },
        { label: 'Founded', value: { date: '2015' } },
      ]),
    ).toEqual([]);
  });
});

describe('data:check on a leader written twice', () => {
  const group = (facts: unknown[]) => ({ file: 'dataset/actors/test.json', source: exampleFront(facts) });
  const dated = { asOf: '2026-11-01', sourceUrl: 'https://example.org/l', sourceTitle: 'L' };
  const leader = loaded(
    term({
      office: 'Leader of the Example Front',
      officeOf: 'armed-group/example-front',
      kind: 'leader',
      holder: 'person/someone-else',
      holderName: 'Hanna Serwaa Tetteh',
      to: undefined,
    }),
  );
  const check = (facts: unknown[], terms = [leader]) =>
    checkHeadsWrittenTwice([group(facts)], terms).map((i) => `${i.field}: ${i.message}`);

  it('fails on a hand-written fact naming the current leader of a term, by name or by id', () => {
    expect(check([{ label: 'Leader', value: 'Hanna Tetteh', ...dated }])).toEqual([
      'facts.0: "Leader: Hanna Serwaa Tetteh" is derived from the current term in dataset/terms; remove the hand-written fact',
    ]);
    expect(check([{ label: 'Chair', value: { ref: 'person/someone-else' }, ...dated }])).toHaveLength(1);
  });
  it('passes another person, a sentence that names the leader, an ended term and a fixed fact', () => {
    expect(check([{ label: 'Leader', value: 'Someone Else Entirely', ...dated }])).toEqual([]);
    const sentence = 'Leader Hanna Serwaa Tetteh declared the group dissolved at a signing in the capital';
    expect(check([{ label: 'Status', value: sentence, ...dated }])).toEqual([]);
    const ended = loaded({ ...leader.term, to: '2025-01-01' });
    expect(check([{ label: 'Leader', value: 'Hanna Tetteh', ...dated }], [ended])).toEqual([]);
    expect(check([{ label: 'Founded', value: 'Hanna Tetteh' }])).toEqual([]);
  });
});
