import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../engine/annotate.ts';
import { tinyDataset } from './helpers/tiny-dataset.ts';

const d = tinyDataset();
/** Text mixing dataset names with hostile Unicode: surrogate pairs, combining and bidi marks. */
const pieces = fc.constantFrom(
  'Kabul', 'IS-K', 'Taliban', 'US', 'Hafiz Saeed', 'Nangarhar', 'Georgia', ' ', '\n\n', '’s', '-', '.',
  '\u0301', '\u200f', '\u200e', '\u00ad', '\u200b', '😀', '\ud83d', '\ude00', 'ﷺ', 'كابل', '𝒦abul', 'İ', 'ß',
); // prettier-ignore
/** Raw UTF-16, lone surrogates included. */
const utf16 = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 })
  .map((codes) => String.fromCharCode(...codes));
const text = fc.oneof(
  fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  utf16,
);

describe('engine under random Unicode', () => {
  it('never throws, keeps offsets in range, never overlaps, and is deterministic', () => {
    fc.assert(
      fc.property(text, (t) => {
        const a = annotateText(d, t);
        let last = 0;
        for (const m of a) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(t.length);
          last = m.end;
        }
        expect(annotateText(d, t)).toEqual(a);
      }),
      { numRuns: 2000 },
    );
  });
});
