/** Cards and pins for the notebook tests. */
import type { PinInput } from '../../engine/notes/model.ts';
import { entityInfo, snapshotCard, type CardLike } from '../../engine/notes/snapshot.ts';

export const T0 = '2026-12-01T10:00:00.000Z';
export const T1 = '2026-12-02T10:00:00.000Z';

export const ghaniCard: CardLike = {
  id: 'person/ashraf-ghani',
  name: 'Ashraf Ghani',
  type: 'person',
  role: 'Former President of Afghanistan',
  description: 'Afghan politician.',
  facts: [
    {
      label: 'Position',
      value: 'President of Afghanistan',
      asOf: '2021-08-15',
      source: { url: 'https://en.wikipedia.org/wiki/Ashraf_Ghani', title: 'Wikipedia' },
    },
    { label: 'Born', value: '1949', sourceUrl: 'https://www.britannica.com/x' },
    {
      label: 'Population',
      value: '4,000,000',
      retrieved: '2026-09-07',
      source: { url: 'https://www.geonames.org/', title: 'GeoNames' },
    },
  ],
  designations: [{ authority: 'US', year: 2016, list: 'Foreign Terrorist Organization', revoked: 2020 }],
  sources: [{ url: 'https://en.wikipedia.org/wiki/Ashraf_Ghani', title: 'Wikipedia: Ashraf Ghani' }],
  wikipediaUrl: 'https://en.wikipedia.org/wiki/Ashraf_Ghani',
  dataset: { version: 'test', asOf: '2026-11-01' },
};

/** A pin of a card like Ghani's under another id, seen on `url`. */
export function pinOf(id: string, url: string, extra: Partial<CardLike> = {}): PinInput {
  const card = { ...ghaniCard, ...extra, id, ...(id === ghaniCard.id ? {} : { name: id.split('/')[1]! }) };
  return {
    entity: entityInfo(card),
    page: { url, title: `Page ${url}`, published: '2021-08-15' },
    sentence: `${card.name} left Kabul.`,
    card: snapshotCard(card),
  };
}
