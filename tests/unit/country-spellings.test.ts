/**
 * The spellings news copy uses for countries, old names included, all reach the country
 * in the real dataset (dataset/places/overrides.json adds those Natural Earth lacks).
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../engine/annotate.ts';
import { loadNodeDataset } from '../../scripts/lib/artefacts.ts';

const d = loadNodeDataset();

const SPELLINGS: [string, string][] = [
  ['Democratic Republic of Congo', 'place/country-cd'],
  ['Democratic Republic of the Congo', 'place/country-cd'],
  ['DR Congo', 'place/country-cd'],
  ['Republic of Congo', 'place/country-cg'],
  ['Republic of Ireland', 'place/country-ie'],
  ['St Kitts and Nevis', 'place/country-kn'],
  ['St Vincent and the Grenadines', 'place/country-vc'],
  ['Burma', 'place/country-mm'],
  ['Czech Republic', 'place/country-cz'],
  ["Côte d'Ivoire", 'place/country-ci'],
  ['Türkiye', 'place/country-tr'],
  ['Swaziland', 'place/country-sz'],
];

describe('country spellings in news copy', () => {
  it.each(SPELLINGS)('"%s" is %s', (spelling, id) => {
    const text = `Officials in ${spelling} said on Tuesday that talks would continue.`;
    const found = annotateText(d, text).map((m) => [text.slice(m.start, m.end), d.entities[m.entity]!.id]);
    expect(found).toContainEqual([spelling, id]);
  });
});
