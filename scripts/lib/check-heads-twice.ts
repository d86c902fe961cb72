/**
 * One source of truth for who leads a body (issue #11): where a term names the current
 * leader, chief or head of an organisation or group, the build derives that fact from
 * it, and a hand-written fact naming the same person would say it twice, with its own
 * date that can drift from the term's.
 */
import { isTimeVarying } from '../../dataset/time-varying.ts';
import { foldKey } from '../../engine/text/fold.ts';
import type { CuratedEntity, Issue, LoadedTerm } from './load-sources.ts';

/** Kinds of term the build turns into a body's head fact (check-terms.ts, `derivedFacts`). */
const HEAD_KINDS = new Set(['leader', 'chief', 'secretary-general']);

const words = (s: string): string[] =>
  foldKey(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Words a fact may add around a name: "Chiquito Malo (Jobanis … Villadiego)", not a sentence. */
const MAX_EXTRA_WORDS = 3;

/** The shorter name's words all appear in the longer: "Hanna Tetteh" is "Hanna Serwaa Tetteh". */
function sameName(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return (
    short.length > 0 && long.length - short.length <= MAX_EXTRA_WORDS && short.every((w) => long.includes(w))
  );
}

export function checkHeadsWrittenTwice(curated: CuratedEntity[], terms: LoadedTerm[]): Issue[] {
  const heads = new Map<string, { holder?: string; holderName: string }[]>();
  for (const { term: t } of terms) {
    if (t.to || !HEAD_KINDS.has(t.kind)) continue;
    const list = heads.get(t.officeOf) ?? [];
    list.push({ ...(t.holder ? { holder: t.holder } : {}), holderName: t.holderName });
    heads.set(t.officeOf, list);
  }
  const issues: Issue[] = [];
  for (const { file, source: e } of curated) {
    const current = e.type === 'person' ? undefined : heads.get(e.id);
    if (!current) continue;
    e.facts.forEach((f, i) => {
      if (!isTimeVarying(f.label)) return;
      const v = f.value;
      const names = (h: { holder?: string; holderName: string }) =>
        typeof v === 'object' && v !== null && 'ref' in v
          ? v.ref === h.holder
          : typeof v === 'string' && sameName(v, h.holderName);
      const h = current.find(names);
      if (h)
        issues.push({
          file,
          id: e.id,
          field: `facts.${i}`,
          message: `"${f.label}: ${h.holderName}" is derived from the current term in dataset/terms; remove the hand-written fact`,
        });
    });
  }
  return issues;
}
