/** Which facts are about time (they need a source and a date) and which record a fixed moment. */
import { describe, expect, it } from 'vitest';
import { confirmedSince, isTimeVarying } from '../../dataset/time-varying.ts';

describe('time-sensitive labels', () => {
  it.each([
    'Leader',
    'Position',
    'Party',
    'Chairman since',
    'Current presidency began',
    'Status',
    'Emir of IS-K',
  ])('"%s" varies over time', (label) => expect(isTimeVarying(label)).toBe(true));
  it.each([
    'Became president',
    'Removed from office',
    'Sworn in as head of RSF-led presidential council',
    'Elected speaker',
    'Appointed deputy chairman',
    'Leader (2015–2016)',
    'Former leader',
    'Born',
  ])('"%s" records a fixed moment', (label) => expect(isTimeVarying(label)).toBe(false));
  it.each(['Headquarters', 'Seat', 'Capital'])(
    '"%s" (where a body sits) is not held to the re-verification rule',
    (label) => expect(isTimeVarying(label)).toBe(false),
  );
  it.each(['Members', 'Capital city controlled by', 'Head of the capital district'])(
    '"%s" still varies over time',
    (label) => expect(isTimeVarying(label)).toBe(true),
  );
});

describe('confirmedSince', () => {
  it('needs the date to lie on or after the cut-off at month precision or finer', () => {
    expect(confirmedSince('2025-07', '2025-07-01')).toBe(true);
    expect(confirmedSince('2025-06-30', '2025-07-01')).toBe(false);
    expect(confirmedSince('2025', '2025-07-01')).toBe(false);
    expect(confirmedSince('2026', '2025-07-01')).toBe(true);
  });
});
