/** The compiled data in parts of bounded size, joined back exactly. */
import { describe, expect, it } from 'vitest';
import { joinJson, splitJson } from '../../engine/data/json-parts.ts';

describe('JSON parts', () => {
  const value = {
    version: '1.0',
    asOf: '2026-12-04',
    entities: Array.from({ length: 500 }, (_, i) => ({
      id: `e${i}`,
      name: `Name ${i} ${'x'.repeat(i % 40)}`,
    })),
    places: Array.from({ length: 300 }, (_, i) => [i, `p${i}`, i * 2]),
    caseText: { '3': 'US', '9': 'ISI' },
  };

  it('keeps every part under the limit and joins back to the same value', () => {
    const parts = splitJson(value, 4_000);
    expect(parts.length).toBeGreaterThan(5);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(4_000);
    expect(joinJson(parts.map((p) => JSON.parse(p) as Record<string, unknown>))).toEqual(value);
  });

  it('is one part when the value is small, and gives an oversized item a part of its own', () => {
    expect(splitJson({ a: [1, 2], b: 'c' })).toHaveLength(1);
    const big = { items: ['x'.repeat(50), 'y', 'z'] };
    const parts = splitJson(big, 30);
    expect(joinJson(parts.map((p) => JSON.parse(p) as Record<string, unknown>))).toEqual(big);
  });
});
