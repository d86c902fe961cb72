/** A person's one-line role comes from their terms where the curated one was a dated snapshot. */
import { describe, expect, it } from 'vitest';
import { derivedRole } from '../../scripts/lib/check-terms.ts';
import type { Term } from '../../dataset/schema.ts';

const term = (over: Partial<Term>): Term =>
  ({
    office: 'Prime Minister of Hungary',
    officeOf: 'place/country-hu',
    kind: 'head-of-government',
    holderName: 'Viktor Orbán',
    from: '2010-05-29',
    source: { url: 'https://example.org/', title: 'A source' },
    asOf: '2026-05-09',
    ...over,
  }) as Term;

describe('derived roles', () => {
  it('replace a dated snapshot with the office held now', () => {
    expect(derivedRole('Prime Minister of Hungary (as of June 2025)', [term({})])).toBe(
      'Prime Minister of Hungary',
    );
  });
  it('say "Former" once the last term has ended', () => {
    const ended = [term({ to: '2026-05-09' }), term({ from: '1998-07-06', to: '2002-05-27' })];
    expect(derivedRole('Prime Minister of Hungary (as of June 2025)', ended)).toBe(
      'Former Prime Minister of Hungary (2010–2026)',
    );
  });
  it('name one year for a term within one year', () => {
    expect(derivedRole('X (as of June 2025)', [term({ from: '2025-02-01', to: '2025-10-14' })])).toBe(
      'Former Prime Minister of Hungary (2025)',
    );
  });
  it('keep a role the editor wrote, and any role of a person with no terms', () => {
    expect(derivedRole('Taliban co-founder', [term({})])).toBe('Taliban co-founder');
    expect(derivedRole('President of X (as of June 2025)', [])).toBe('President of X (as of June 2025)');
  });
});
