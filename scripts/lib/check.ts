/** The dataset checks `data:check` runs and `data:build` refuses to build without. */
import { isTimeVarying } from '../../dataset/schema.ts';
import { factRefs } from '../../engine/data/dataset.ts';
import { foldKey } from '../../engine/text/fold.ts';
import { checkInventedNames, curatedPlaceNames } from './check-invented-names.ts';
import { checkTimeSensitiveFacts } from './check-terms.ts';
import type { CuratedEntity, Issue } from './load-sources.ts';

/** Every id a curated entity points at: `related` targets and `{ref}` fact values. */
export function referencedIds(curated: CuratedEntity[]): Set<string> {
  const ids = new Set<string>();
  for (const { source } of curated) {
    for (const r of source.related) ids.add(r.id);
    for (const f of source.facts) for (const id of factRefs(f.value)) ids.add(id);
  }
  return ids;
}

export function checkCurated(
  curated: CuratedEntity[],
  knownIds: Set<string>,
  generatedIds: Set<string>,
): Issue[] {
  const issues: Issue[] = [];
  const firstFile = new Map<string, string>();
  for (const { file, source: e } of curated) {
    const prev = firstFile.get(e.id);
    if (prev) issues.push({ file, id: e.id, field: 'id', message: `duplicate id (also in ${prev})` });
    else if (generatedIds.has(e.id))
      issues.push({ file, id: e.id, field: 'id', message: 'duplicates a generated place id' });
    else firstFile.set(e.id, file);

    e.related.forEach((r, i) => {
      if (!knownIds.has(r.id))
        issues.push({ file, id: e.id, field: `related.${i}.id`, message: `unknown id "${r.id}"` });
    });
    e.facts.forEach((f, i) => {
      for (const ref of factRefs(f.value)) {
        if (!knownIds.has(ref))
          issues.push({ file, id: e.id, field: `facts.${i}.value`, message: `unknown id "${ref}"` });
      }
      if (isTimeVarying(f.label) && !f.asOf) {
        issues.push({
          file,
          id: e.id,
          field: `facts.${i}.asOf`,
          message: `time-varying fact "${f.label}" needs asOf`,
        });
      }
    });
  }
  issues.push(...checkTimeSensitiveFacts(curated));
  issues.push(...checkSharedAliases(curated));
  issues.push(...checkInventedNames(curatedPlaceNames(curated)));
  return issues;
}

/** Two curated entities may share an alias only if at least one flags it ambiguous. */
function checkSharedAliases(curated: CuratedEntity[]): Issue[] {
  const owners = new Map<string, { file: string; id: string; ambiguous: boolean; text: string }[]>();
  for (const { file, source: e } of curated) {
    const seen = new Set<string>();
    const name = { text: e.name, ambiguous: !!e.ambiguousName, caseSensitive: false };
    const all = [name, ...e.aliases.map(normaliseAlias)];
    for (const a of all) {
      const key = a.caseSensitive ? `case:${a.text}` : foldKey(a.text);
      if (seen.has(key)) continue;
      seen.add(key);
      const list = owners.get(key) ?? [];
      list.push({ file, id: e.id, ambiguous: a.ambiguous, text: a.text });
      owners.set(key, list);
    }
  }
  const issues: Issue[] = [];
  for (const list of owners.values()) {
    const ids = new Set(list.map((o) => o.id));
    if (ids.size < 2 || list.some((o) => o.ambiguous)) continue;
    const [first, ...rest] = list;
    for (const o of rest) {
      issues.push({
        file: o.file,
        id: o.id,
        field: 'aliases',
        message: `alias "${o.text}" is shared with ${first!.id} (${first!.file}); flag it ambiguous in one of them`,
      });
    }
  }
  return issues;
}

function normaliseAlias(a: string | { text: string; ambiguous?: boolean; caseSensitive?: boolean }) {
  return typeof a === 'string'
    ? { text: a, ambiguous: false, caseSensitive: false }
    : { text: a.text, ambiguous: !!a.ambiguous, caseSensitive: !!a.caseSensitive };
}

export function formatIssue(i: Issue): string {
  return `${i.file}: ${i.id}: ${i.field}: ${i.message}`;
}
