/** The matcher's checks that build no strings agree with the ones that do. */
import { describe, expect, it } from 'vitest';
import { foldKey, foldsTo } from '../../engine/text/fold.ts';
import { isDateline } from '../../engine/cues/place-cues.ts';

const samples = [
  'Ashraf Ghani',
  'U.S.  Marines',
  'IS-K',
  'Ḥaqqani\u00ad network',
  '  São Paulo',
  'al-Qaeda\u200b',
  'Kabul\n\nairport',
  'KABUL, Afghanistan (AP) —',
];

describe('foldsTo', () => {
  it('is foldKey(text) === key for every prefix and key', () => {
    for (const text of samples) {
      for (let end = 0; end <= text.length; end++) {
        for (const other of samples) {
          const key = foldKey(other);
          expect(foldsTo(text, 0, end, key)).toBe(foldKey(text, 0, end) === key);
        }
        expect(foldsTo(text, 0, end, foldKey(text, 0, end))).toBe(true);
      }
    }
  });
});

describe('isDateline', () => {
  it.each([
    ['MILWAUKEE , Wisconsin 1996-08-29 - x', 0, 9, true],
    ['KABUL, Afghanistan (AP) — x', 0, 5, true],
    ['KABUL, Afghanistan (AP) — x', 7, 18, true],
    ['MOSCOW -- The talks', 0, 6, true],
    ['Talks in Kabul, on Monday', 9, 14, false],
    ['He met Ghani (left) in Doha', 7, 12, false],
    ['NATO, the alliance', 0, 4, false],
  ] as const)('%s [%i, %i) → %s', (text, start, end, expected) =>
    expect(isDateline(text, start, end)).toBe(expected),
  );
});
