import { describe, expect, it } from 'vitest';
import { annotateText } from '../../engine/annotate.ts';
import { foldKey } from '../../engine/text/fold.ts';
import { scanText } from '../../engine/match/scan.ts';
import { selectSpans } from '../../engine/match/select.ts';
import { ALIAS_AMBIGUOUS } from '../../engine/types.ts';
import { datasetOf, e, idsOf, TINY, tinyDataset } from './helpers/tiny-dataset.ts';

const d = tinyDataset();
const spans = (text: string) =>
  selectSpans(text, scanText(text, d.index), d.index).map((s) => text.slice(s.start, s.end));

describe('folding', () => {
  it('folds case, diacritics, dashes, apostrophes and invisible characters', () => {
    expect(foldKey('Batī Kōṯ')).toBe('bati kot');
    expect(foldKey('IS‑K')).toBe('is-k'); // non-breaking hyphen
    expect(foldKey('People’s')).toBe("people's");
    expect(foldKey('Afghan\u00ADistan')).toBe('afghanistan');
    expect(foldKey('Kabul\u00A0 \n airport')).toBe('kabul airport');
  });
  it('keeps Hangul syllables whole (no decomposition to jamo)', () => {
    expect(foldKey('김정은')).not.toBe(foldKey('김정일'));
  });
});

describe('matching', () => {
  it('finds every hit of a text of megabytes, and the next text’s alone after it', () => {
    const big = 'Lahore and Tbilisi. '.repeat(50_000);
    const raw = scanText(big, d.index);
    expect(raw.length / 3).toBeGreaterThanOrEqual(100_000);
    expect(raw[raw.length - 3]).toBe(big.length - 'Tbilisi. '.length);
    expect(spans('Ashraf Ghani in Lahore')).toEqual(['Ashraf Ghani', 'Lahore']);
  });
  it('takes the leftmost-longest match', () => {
    expect(spans('Abdul Ghani Baradar met Ashraf Ghani.')).toEqual(['Abdul Ghani Baradar', 'Ashraf Ghani']);
    expect(spans('the Islamic State-Khorasan (IS-K) group')).toEqual(['Islamic State-Khorasan', 'IS-K']);
  });
  it('matches possessives and hyphenated compounds', () => {
    expect(spans("the Taliban’s rule and the Taliban's allies")).toEqual(['Taliban', 'Taliban']);
    expect(spans('a US-backed government')).toEqual(['US']);
  });
  it('applies the case policy to acronyms', () => {
    expect(spans('give us the list')).toEqual([]);
    expect(spans('THIS IS A HEADLINE ABOUT THE WAR')).toEqual([]);
    expect(spans('the US said')).toEqual(['US']);
    // In capitals only a name's own English form holds, not a foreign alternate name.
    expect(spans('WARSAW TALKS RESUME')).toEqual(['WARSAW']);
    expect(spans('WARSZAWA TALKS RESUME')).toEqual([]);
    expect(spans('talks in Warszawa resume')).toEqual(['Warszawa']);
  });
  it('does not match inside words', () => {
    expect(spans('Talibanesque Kabulistan pre-Afghanistanish')).toEqual([]);
  });
  it('maps matches back to original offsets across folded characters', () => {
    const text = 'In Nan\u00ADgarhar, ningarhar and NINGARHAR.';
    const found = annotateText(d, `${text} Afghanistan`);
    const first = found[0]!;
    expect(text.slice(first.start, first.end)).toBe('Nan\u00ADgarhar');
  });
  it('only matches lower-case text when the alias itself is lower case', () => {
    expect(spans('an al-Qaeda cell')).toEqual(['al-Qaeda']);
    expect(spans('the taliban')).toEqual([]);
  });
  it('cuts a walk that opened in lower case short unless a lower-case alias lies ahead', () => {
    const withKremlin = datasetOf([
      ...TINY,
      e({ id: 'organization/kremlin', type: 'organization', name: 'Kremlin' }, [['the Kremlin']]),
    ]);
    const raw = (text: string) => scanText(text, withKremlin.index);
    const found = (text: string) =>
      selectSpans(text, raw(text), withKremlin.index).map((s) => text.slice(s.start, s.end));
    expect(found('a statement from the Kremlin on Friday')).toEqual(['the Kremlin']);
    expect(found('an al-Qaeda cell and ash-shabaab')).toEqual(['al-Qaeda']);
    // No hit is even looked up for a key that cannot open in lower case.
    expect(raw('the taliban said')).toHaveLength(0);
    expect(raw('The Taliban said').length).toBeGreaterThan(0);
    expect(found('a kremlin spokesman')).toEqual([]);
  });
  it('answers from each index its own: recent look-ups are remembered per index', () => {
    const kremlin = e({ id: 'organization/kremlin', type: 'organization', name: 'Kremlin' });
    const one = datasetOf([kremlin]);
    const two = datasetOf([e({ id: 'place/abkhazia', type: 'place', name: 'Abkhazia' }), kremlin]);
    const text = 'The Kremlin said';
    const keyOf = (ds: typeof d) => ds.index.keys[scanText(text, ds.index)[2]!];
    // The same word has another key id in each index: a look-up remembered from one must not answer the other.
    expect(keyOf(one)).toBe('kremlin');
    expect(keyOf(two)).toBe('kremlin');
    expect(keyOf(one)).toBe('kremlin');
  });
  it('shares one frozen candidate list between mentions of a key that keep every entry', () => {
    const two = datasetOf([
      e({ id: 'place/ruritania', type: 'place', subtype: 'country', name: 'Ruritania' }),
      e({ id: 'organization/ruritania-fc', type: 'organization', name: 'Ruritania FC' }, [
        ['Ruritania', ALIAS_AMBIGUOUS],
      ]),
    ]);
    const text = `RURITANIA TROOPS CROSS THE BORDER${' '.repeat(50)}Ruritania and Ruritania`;
    const [caps, a, b] = selectSpans(text, scanText(text, two.index), two.index);
    expect(a!.candidates).toHaveLength(2);
    expect(a!.candidates).toBe(b!.candidates);
    expect(Object.isFrozen(a!.candidates) && Object.isFrozen(a!.candidates[0])).toBe(true);
    // In capitals the ambiguous entry is dropped: that mention gets its own list.
    expect(caps!.caps).toBe(true);
    expect(caps!.candidates.map((c) => two.entities[c.entity]!.id)).toEqual(['place/ruritania']);
    expect(a!.candidates).toHaveLength(2);
  });
});

describe('linking', () => {
  it('tells the two Hafiz Saeeds apart by context', () => {
    const isk = annotateText(d, 'Hafiz Saeed led IS-K in Nangarhar, Afghanistan.');
    expect(idsOf(d, isk)).toContain('person/hafiz-saeed-khan');
    const let_ = annotateText(d, 'Hafiz Saeed founded Lashkar-e-Taiba in Lahore, Pakistan.');
    expect(idsOf(d, let_)).toContain('person/hafiz-muhammad-saeed');
    expect(idsOf(d, annotateText(d, 'Hafiz Saeed spoke.'))).toEqual([]);
  });
  it('resolves Georgia by its neighbours', () => {
    expect(idsOf(d, annotateText(d, 'Protests in Tbilisi, Georgia.'))).toContain('place/country-ge');
    expect(idsOf(d, annotateText(d, 'Voters in Atlanta, Georgia.'))).toContain('place/admin1-us-ga');
  });
  it('reads a bare Kandahar as the city and "Kandahar Province" as the province', () => {
    expect(idsOf(d, annotateText(d, 'A blast in Kandahar, Afghanistan.'))).toContain(
      'place/geonames-1138336',
    );
    expect(idsOf(d, annotateText(d, 'Fighting in Kandahar Province, Afghanistan.'))).toContain(
      'place/admin1-af-23',
    );
  });
  it('links a surname only beside the full name or a dominant, supported person', () => {
    expect(idsOf(d, annotateText(d, 'Ashraf Ghani left. Later Ghani spoke.'))).toEqual([
      'person/ashraf-ghani',
      'person/ashraf-ghani',
    ]);
    expect(idsOf(d, annotateText(d, 'Ghani spoke.'))).toEqual([]);
    expect(idsOf(d, annotateText(d, 'The Taliban replaced him with Baradar.'))).toContain(
      'person/abdul-ghani-baradar',
    );
  });
  it('reads a one-word name beside an unknown capitalised word as part of a longer name', () => {
    // "Moyo" matches only a village, which does not make "Jonathan Moyo" a known name.
    const text = 'In Nigeria, the minister Jonathan Moyo spoke. Later Jonathan left.';
    expect(idsOf(d, annotateText(d, text))).toEqual(['place/country-ng']);
    expect(idsOf(d, annotateText(d, 'Goodluck Jonathan ruled Nigeria. Jonathan lost in 2015.'))).toContain(
      'person/goodluck-jonathan',
    );
  });

  it('guards common words: "Reading" the activity is never linked without context', () => {
    expect(idsOf(d, annotateText(d, 'Reading is good for you.'))).toEqual([]);
  });
  it('carries evidence for every link', () => {
    const [m] = annotateText(d, 'Hafiz Saeed led IS-K in Nangarhar.');
    expect(m!.evidence.alias).toBe('Hafiz Saeed');
    expect(m!.evidence.runnerUp?.entity).toBe(d.byId.get('person/hafiz-muhammad-saeed'));
  });
});
