/**
 * The scan steps over a lower-case word unread when no key that may open in lower case
 * begins like it (engine/match/lower-starts.ts). Stepping over one of those keys would
 * lose a name without a sign, so every such key in the real data is written out and found.
 */
import { describe, expect, it } from 'vitest';
import { keyAt, mayOpenLower } from '../../engine/match/alias-index.ts';
import { buildLowerStarts, particleLength, startBit } from '../../engine/match/lower-starts.ts';
import { firstLetterIsLower } from '../../engine/match/surface.ts';
import { scanText } from '../../engine/match/scan.ts';
import { loadNodeDataset } from '../../scripts/lib/artefacts.ts';

const d = loadNodeDataset();
const code = (s: string): [number, number, number] => [s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2)];
const has = (starts: Uint8Array, s: string): boolean => {
  const bit = startBit(...code(s));
  return (starts[bit >>> 3]! & (1 << (bit & 7))) !== 0;
};

describe('lower-case starts', () => {
  it('tell a key’s first three characters, and a short first word, apart', () => {
    const starts = buildLowerStarts(['de facto', 'thea', 'x']);
    expect(has(starts, 'de ')).toBe(true);
    expect(has(starts, 'de-')).toBe(true); // any character that ends a word
    expect(has(starts, 'dea')).toBe(false);
    expect(has(starts, 'the')).toBe(true);
    expect(has(starts, 'tHE')).toBe(true); // as the scan folds it
    expect(has(starts, 'thu')).toBe(false);
    expect(has(starts, 'x. ')).toBe(true);
    expect(has(starts, 'xy ')).toBe(false);
  });
  it('read every word that opens with a particle, which the case rules read past', () => {
    const none = buildLowerStarts([]);
    for (const opening of ['al-', 'el-', 'an-', 'as-', 'ash', 'ul-', 'az-'])
      expect(has(none, opening)).toBe(true);
    expect(has(none, 'the')).toBe(false);
    // And so in the real data: every key led by a particle is found, written as names are.
    const led: string[] = [];
    for (let id = 0; id + 1 < d.index.offsets.length; id++) {
      const key = keyAt(d.index, id);
      const particle = /^(?:a[ldnrstz]|e[ldnrstz]|ash|ul)-(?=[a-z])/.exec(key);
      if (!particle) continue;
      const n = particle[0].length;
      const written = key.slice(0, n) + key.charAt(n).toUpperCase() + key.slice(n + 1);
      const raw = scanText(`then ${written} said`, d.index);
      if (!raw.some((v, r) => r % 3 === 2 && v === id && raw[r - 2] === 5)) led.push(written);
    }
    expect(led).toEqual([]);
  });
  it('measure a particle the same way for the scan and the case rules', () => {
    const cases: [string, number][] = [
      ['al-Qaeda', 3],
      ['aL-Qaeda', 3],
      ['ez\u2011Zor', 3],
      ['ash-Shabaab', 4],
      ['aSh\u2010Shabaab', 4],
      ['ul-Haq', 3],
      ['as-Salif', 3],
      ['ab-Cd', 0],
      ['all-out', 0],
      ['ash Tree', 0],
      ['us-Led', 0],
      ['il-Foo', 0],
    ];
    for (const [text, length] of cases) expect([text, particleLength(text, 0)]).toEqual([text, length]);
    // A particle must end inside the span the case rules read.
    expect(particleLength('al-Qaeda', 0, 2)).toBe(0);
    expect(firstLetterIsLower('al-Qaeda', 0, 8)).toBe(false);
    expect(firstLetterIsLower('al-qaeda', 0, 8)).toBe(true);
    expect(firstLetterIsLower('ash-Shabaab', 0, 11)).toBe(false);
    expect(firstLetterIsLower('alqaeda', 0, 7)).toBe(true);
  });
  it('set no bit for a key past ASCII in its first three, which a full walk finds', () => {
    expect(buildLowerStarts(['dé facto', 'ab\u00e7', 'Ab', '\u00e9cole'])).toEqual(buildLowerStarts([]));
  });
  it('never step over a key of the real data that may open in lower case', () => {
    const keys: [number, string][] = [];
    for (let id = 0; id + 1 < d.index.offsets.length; id++) {
      const key = keyAt(d.index, id);
      // A walk opens on a letter or digit: "'s-Hertogenbosch" is found from its "s".
      if (mayOpenLower(d.index, id) && /^[\p{L}\p{N}]/u.test(key)) keys.push([id, key]);
    }
    expect(keys.length).toBeGreaterThan(100);
    const missed: string[] = [];
    for (const [id, key] of keys) {
      // As written, and with its second letter in capitals, as a scan of a page may meet it.
      for (const written of [key, key.slice(0, 1) + key.slice(1, 2).toUpperCase() + key.slice(2)]) {
        const text = `then ${written} said`;
        const raw = scanText(text, d.index);
        let found = false;
        for (let r = 0; r < raw.length; r += 3) found ||= raw[r] === 5 && raw[r + 2] === id;
        if (!found) missed.push(written);
      }
    }
    expect(missed).toEqual([]);
  });
});
