/** The card view: terms, holders, the article-date line and numbered source notes. */
import { Window } from 'happy-dom';
import { render } from 'preact';
import { afterAll, describe, expect, it } from 'vitest';
import { EntityCardView } from '../../components/entity-card.tsx';
import { buildCard } from '../../engine/card/card.ts';
import { loadNodeDataset } from '../../scripts/lib/artefacts.ts';

const d = loadNodeDataset();
const window = new Window();
const g = globalThis as unknown as { document: unknown };
const previous = g.document;
g.document = window.document;
afterAll(async () => {
  g.document = previous;
  await window.happyDOM.close();
});

function show(id: string, articleDate?: string): HTMLElement {
  const root = window.document.createElement('div') as unknown as HTMLElement;
  render(
    <EntityCardView card={buildCard(d, d.byId.get(id)!)} articleDate={articleDate} onNavigate={() => {}} />,
    root,
  );
  return root;
}

describe('the card view', () => {
  it("lists a person's terms and says what held on the article's date", () => {
    const root = show('person/ashraf-ghani', '2021-11-15');
    expect(root.querySelector('.terms')?.textContent).toContain('President of Afghanistan');
    const then = root.querySelector('.then');
    expect(then?.getAttribute('data-date')).toBe('2021-11-15');
    // The test browser has no messages: the keys stand in for them ("former … (left office …)").
    expect(then?.textContent).toContain('thenFormer');
  });
  it('shows no "then" line without an article date', () => {
    expect(show('person/ashraf-ghani').querySelector('.then')).toBeNull();
  });
  it("lists a group's holders, at most five", () => {
    const root = show('armed-group/islamic-state-khorasan-province', '2021-11-15');
    const items = root.querySelectorAll('.holders li.term');
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(5);
    expect(root.querySelector('.then')?.textContent).toContain('Shahab al-Muhajir');
  });
  it('numbers each sourced fact with a link that opens its source in a new tab', () => {
    const root = show('person/sirajuddin-haqqani');
    const refs = [...root.querySelectorAll('.fact a.note-ref')];
    expect(refs.length).toBeGreaterThan(0);
    for (const a of refs) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toContain('noopener');
      expect(a.getAttribute('aria-label')).toBeTruthy();
    }
    expect(refs[0]!.textContent).toBe('1');
    const notes = root.querySelectorAll('.notes li');
    expect(notes.length).toBeGreaterThanOrEqual(1);
  });
});
