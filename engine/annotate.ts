/**
 * Text in, linked mentions out: scan → select → read tokens → link. The token table
 * (engine/text/tokens.ts) is read once, right after the matcher, so the matcher never
 * waits for it (selection reads only a few characters around each span: case and
 * datelines); every cue of the linker reads the table.
 */
import type { Dataset } from './data/dataset.ts';
import { DEFAULT_LINK_OPTIONS, linkSpans, type LinkOptions } from './link/link.ts';
import { scanText } from './match/scan.ts';
import { selectSpans } from './match/select.ts';
import { tokenize } from './text/tokens.ts';
import type { Mention } from './types.ts';

export function annotateText(
  dataset: Dataset,
  text: string,
  opts: LinkOptions = DEFAULT_LINK_OPTIONS,
  pageContext: Iterable<number> = [],
  /** The country the site writes from (engine/page/site-country.ts): context for shared acronyms. */
  siteCountry: string | null = null,
): Mention[] {
  const raw = scanText(text, dataset.index);
  const spans = selectSpans(text, raw, dataset.index);
  return linkSpans(dataset, text, spans, opts, pageContext, tokenize(text), siteCountry);
}
