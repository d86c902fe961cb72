/**
 * The alias index with the packs' names. Rehashing the dataset's 170,000 keys takes
 * about 150 ms, at every background start with packs enabled, so the packs' keys (and
 * the dataset keys they change) are indexed on their own by the engine's builder and
 * their slots copied into a copy of the dataset's table, pointing at entries appended
 * after the dataset's. A full rebuild is the fallback when the table would grow too
 * full or two different keys share a hash.
 */
import {
  buildAliasIndex,
  buildFilter,
  buildLowerFilters,
  HAS_PREFIX,
  type AliasIndex,
} from '../match/alias-index.ts';
import { ALIAS_PARTIAL, type CompiledAliases } from '../types.ts';
import { keyIdOf } from './aliases.ts';

export interface PackEntry {
  entity: number;
  flags: number;
  caseText?: string;
}

/** Above this share of slots in use, linear probing slows down: rebuild with a larger table instead. */
const MAX_LOAD = 0.7;

const emptyTable = (commonWords: Iterable<string>): CompiledAliases => ({
  keys: [],
  counts: [],
  entity: [],
  flags: [],
  caseText: {},
  commonWords: [...commonWords],
});

function pushKey(out: CompiledAliases, key: string, entries: readonly PackEntry[]): void {
  out.keys.push(key);
  out.counts.push(entries.length);
  for (const e of entries) {
    if (e.caseText !== undefined) out.caseText[out.entity.length] = e.caseText;
    out.entity.push(e.entity);
    out.flags.push(e.flags);
  }
}

/** A dataset key's entries; under a pack's key, those of entities the pack does not name become partial. */
function datasetEntries(base: AliasIndex, k: number, packEntities: ReadonlySet<number> | null): PackEntry[] {
  const out: PackEntry[] = [];
  for (let e = base.offsets[k]!; e < base.offsets[k + 1]!; e++) {
    const entity = base.entity[e]!;
    const text = base.caseText.get(e);
    out.push({
      entity,
      flags: !packEntities || packEntities.has(entity) ? base.flags[e]! : base.flags[e]! | ALIAS_PARTIAL,
      ...(text !== undefined ? { caseText: text } : {}),
    });
  }
  return out;
}

const entitiesOf = (list: readonly PackEntry[]): Set<number> => new Set(list.map((x) => x.entity));

/** Every key rebuilt: the dataset's (pack keys' entries merged in) then the packs' new keys. */
export function rebuildIndex(
  base: AliasIndex,
  commonWords: Iterable<string>,
  added: ReadonlyMap<string, readonly PackEntry[]>,
): AliasIndex {
  const out = emptyTable(commonWords);
  for (let k = 0; k < base.keys.length; k++) {
    const key = base.keys[k]!;
    if (!key) continue; // a key an earlier overlay replaced
    const extra = added.get(key);
    pushKey(
      out,
      key,
      extra ? [...datasetEntries(base, k, entitiesOf(extra)), ...extra] : datasetEntries(base, k, null),
    );
  }
  for (const [key, list] of added) if (keyIdOf(base, key) < 0) pushKey(out, key, list);
  return buildAliasIndex(out);
}

const usedSlots = (hashes: Int32Array): number => hashes.reduce((n, h) => (h === 0 ? n : n + 1), 0);

/** The packs' keys laid over a copy of the dataset's table; null when a full rebuild is needed. */
export function overlayIndex(
  base: AliasIndex,
  added: ReadonlyMap<string, readonly PackEntry[]>,
): AliasIndex | null {
  const small = emptyTable([]);
  const replaced: number[] = [];
  for (const [key, list] of added) {
    const k = keyIdOf(base, key);
    if (k >= 0) replaced.push(k);
    pushKey(small, key, k >= 0 ? [...datasetEntries(base, k, entitiesOf(list)), ...list] : list);
  }
  const part = buildAliasIndex(small);
  base.checkSlots?.(0, base.slotHash.length);
  if (usedSlots(base.slotHash) + usedSlots(part.slotHash) > (base.mask + 1) * MAX_LOAD) return null;
  const keyBase = base.keys.length;
  const entryBase = base.entity.length;
  const slotHash = base.slotHash.slice();
  const slotInfo = base.slotInfo.slice();
  for (let s = 0; s < part.slotHash.length; s++) {
    const h = part.slotHash[s]!;
    if (h === 0) continue;
    const info = part.slotInfo[s]!;
    let slot = h & base.mask;
    while (slotHash[slot] !== 0 && slotHash[slot] !== h) slot = (slot + 1) & base.mask;
    const old = slotInfo[slot]!;
    const oldKey = (old >>> 1) - 1;
    const newKey = (info >>> 1) - 1;
    if (newKey >= part.keys.length) return null; // two pack keys share a hash
    if (newKey >= 0 && oldKey >= 0 && base.keys[oldKey] !== part.keys[newKey]) return null; // a pack key shares a dataset key's hash
    slotHash[slot] = h;
    slotInfo[slot] =
      newKey >= 0 ? ((keyBase + newKey + 1) << 1) | ((old | info) & HAS_PREFIX) : old | (info & HAS_PREFIX);
  }
  const keys = base.keys.concat(part.keys);
  // No slot points at a replaced key any more; blank it so a walk over the keys (search) skips it.
  for (const k of replaced) keys[k] = '';
  const offsets = new Int32Array(keyBase + part.keys.length + 1);
  offsets.set(base.offsets);
  for (let i = 0; i < part.keys.length; i++) offsets[keyBase + i + 1] = entryBase + part.offsets[i + 1]!;
  const entity = new Int32Array(entryBase + part.entity.length);
  entity.set(base.entity);
  entity.set(part.entity, entryBase);
  const flags = new Uint8Array(entryBase + part.flags.length);
  flags.set(base.flags);
  flags.set(part.flags, entryBase);
  const caseText = new Map(base.caseText);
  for (const [e, text] of part.caseText) caseText.set(entryBase + e, text);
  // The dataset's key table (compiled files) does not list the packs' keys: `keys` serves.
  const { keyTable, checkSlots, ...rest } = base;
  void keyTable;
  void checkSlots; // the copies below were checked: the copy is what is read from now on
  const merged = {
    ...rest,
    keys,
    offsets,
    entity,
    flags,
    caseText,
    slotHash,
    slotInfo,
    maxWords: Math.max(base.maxWords, part.maxWords),
  };
  return { ...merged, filter: buildFilter(slotHash), ...buildLowerFilters(merged) };
}

/** The dataset's index with the packs' entries: laid over when it can be, rebuilt otherwise. */
export function indexWithPacks(
  base: AliasIndex,
  commonWords: Iterable<string>,
  added: ReadonlyMap<string, readonly PackEntry[]>,
): AliasIndex {
  return overlayIndex(base, added) ?? rebuildIndex(base, commonWords, added);
}
