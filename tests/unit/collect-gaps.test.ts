import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectText, nodeAt } from '../../engine/text/collect.ts';
import { scanText } from '../../engine/match/scan.ts';
import { tinyDataset } from './helpers/tiny-dataset.ts';

const body = (html: string): Node =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Node;

describe("markup's indentation between elements", () => {
  it('is kept as the one space or the line breaks it holds, not in full', () => {
    const indented = `<div>
        <span>Islamic</span>
            <span>State</span> <b>in</b>\t<i>Kabul</i>
      </div>


      <p>Herat</p>`;
    const c = collectText(body(indented));
    expect(c.text).toBe('Islamic\nState in Kabul\n\nHerat');
    // A space then a line break: the wider gap stands.
    expect(collectText(body('<b>Kabul</b> <!-- x -->\n  <b>Herat</b>')).text).toBe('Kabul\nHerat');
    expect(c.nodes.map((n) => n.data)).toEqual(['Islamic', 'State', 'in', 'Kabul', 'Herat']);
    // Offsets still lead back to their nodes: a name never starts or ends in a gap.
    const at = c.text.indexOf('Kabul');
    expect(c.nodes[nodeAt(c, at)]!.data).toBe('Kabul');
    expect(at - c.starts[nodeAt(c, at)]!).toBe(0);
  });

  it('keeps a no-break space, which the browser does not collapse, as text', () => {
    const c = collectText(body('<p><span>Ashraf</span>\u00a0<span>Ghani</span></p>'));
    expect(c.text).toBe('Ashraf\u00a0Ghani');
    expect(c.nodes).toHaveLength(3);
  });

  it('still joins a name across a line gap, and ends it at a paragraph gap', () => {
    const index = tinyDataset().index;
    const joined = collectText(body('<span>Islamic</span>\n    <span>State</span>')).text;
    const split = collectText(body('<span>Islamic</span>\n\n    <span>State</span>')).text;
    expect(joined).toBe('Islamic\nState');
    expect(split).toBe('Islamic\n\nState');
    const ends = (text: string): number[] => Array.from(scanText(text, index)).filter((_, i) => i % 3 === 1);
    expect(ends(joined)).toContain(joined.length); // "Islamic State", the tiny dataset's group
    expect(ends(split)).not.toContain(split.length);
  });
});
