/** The content script's plain check agrees with the zod schema that defines its requests. */
import { describe, expect, it } from 'vitest';
import { readContentRequest } from '../../utils/content-request-guard.ts';
import { contentRequest } from '../../utils/protocol.ts';

const valid = [
  { type: 'page-mentions' },
  { type: 'show-mention', id: 'Q1' },
  { type: 'show-card', id: 'Q2' },
  { type: 'step-mention', direction: 'next' },
  { type: 'step-mention', direction: 'previous' },
  { type: 'pin-card' },
  { type: 'pin-entity', id: 'Q3' },
];
const invalid: unknown[] = [
  null,
  undefined,
  'page-mentions',
  42,
  [],
  {},
  { type: 'annotate', chunks: [], context: [] },
  { type: 'card', id: 'Q1' },
  { type: 'show-mention' },
  { type: 'show-card', id: 7 },
  { type: 'step-mention', direction: 'sideways' },
  { type: 'step-mention' },
  { type: 'pin-entity', id: null },
  { type: 'toString' },
  { type: 'constructor' },
  { type: ['page-mentions'] },
];

describe('content request guard', () => {
  it('accepts what the schema accepts, with the same value', () => {
    for (const m of valid) {
      expect(contentRequest.safeParse(m).success).toBe(true);
      expect(readContentRequest(m)).toEqual(m);
    }
  });

  it('refuses what the schema refuses', () => {
    for (const m of invalid) {
      expect(contentRequest.safeParse(m).success).toBe(false);
      expect(readContentRequest(m)).toBeNull();
    }
  });

  it('knows every request type the schema defines', () => {
    const types = contentRequest.def.options.map((o) => o.def.shape.type.def.values[0]);
    for (const type of types) expect(valid.some((m) => m.type === type)).toBe(true);
  });
});
