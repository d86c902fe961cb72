/** The notebook page's filters: by type, by page, and a search over names, roles, titles and sentences. */
import { describe, expect, it } from 'vitest';
import { activeProject, emptyNotebook, pin, type PinnedEntity } from '../../engine/notes/model.ts';
import { filterPins, NO_FILTER, pagesOf } from '../../entrypoints/notebook/logic.ts';
import { pinOf, T0, T1 } from './notes-fixtures.ts';

function pins(): PinnedEntity[] {
  let nb = emptyNotebook({ id: 'p', now: T0 });
  nb = pin(nb, pinOf('person/ashraf-ghani', 'https://a.example/1'), T1).notebook;
  nb = pin(nb, pinOf('person/ashraf-ghani', 'https://b.example/2#x'), T1).notebook;
  const kabul = pinOf('place/kabul', 'https://b.example/2');
  kabul.entity = { ...kabul.entity, type: 'place', name: 'Kābul', role: 'Capital of Afghanistan' };
  kabul.sentence = 'Crowds gathered at the airport.';
  return activeProject(pin(nb, kabul, T1).notebook).pins;
}

const names = (list: PinnedEntity[]) => list.map((p) => p.name);

describe('notebook page filters', () => {
  it('filters by type and by page', () => {
    expect(names(filterPins(pins(), NO_FILTER))).toEqual(['Ashraf Ghani', 'Kābul']);
    expect(names(filterPins(pins(), { ...NO_FILTER, type: 'place' }))).toEqual(['Kābul']);
    expect(names(filterPins(pins(), { ...NO_FILTER, page: 'https://a.example/1' }))).toEqual([
      'Ashraf Ghani',
    ]);
    expect(names(filterPins(pins(), { ...NO_FILTER, page: 'https://b.example/2' }))).toEqual([
      'Ashraf Ghani',
      'Kābul',
    ]);
  });

  it('searches every word, ignoring case and accents, in names, roles, titles and sentences', () => {
    expect(names(filterPins(pins(), { ...NO_FILTER, query: 'KABUL capital' }))).toEqual(['Kābul']);
    expect(names(filterPins(pins(), { ...NO_FILTER, query: 'airport' }))).toEqual(['Kābul']);
    expect(names(filterPins(pins(), { ...NO_FILTER, query: 'page https://a' }))).toEqual(['Ashraf Ghani']);
    expect(names(filterPins(pins(), { ...NO_FILTER, query: 'nothing-like-this' }))).toEqual([]);
  });

  it('lists each page once, by its address without the fragment', () => {
    expect(pagesOf(pins())).toEqual([
      { key: 'https://a.example/1', title: 'Page https://a.example/1' },
      { key: 'https://b.example/2', title: 'Page https://b.example/2#x' },
    ]);
  });
});
