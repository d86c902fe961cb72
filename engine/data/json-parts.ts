/**
 * The compiled dataset ships as several JSON files of bounded size. Add-on stores and
 * `web-ext lint` refuse to parse a text file over 5 MB, and the dataset grows; each
 * object's arrays are cut into consecutive runs so no file passes PART_MAX_CHARS, and
 * joined back in order when read. The background, the Node CLI and the tests share it.
 */

/** Well under the 5 MB a store's linter parses. */
export const PART_MAX_CHARS = 3_000_000;

/** What the data folder holds: each artefact's number of part files (`<name>-<i>.json`). */
export interface PartsIndex {
  /** 1: JSON parts (entities, aliases); 2: the binary dataset parts (engine/data/binary.ts). */
  format: 1 | 2;
  parts: Record<string, number>;
}
export const PARTS_INDEX_FILE = 'index.json';
export const partFile = (name: string, i: number): string => `${name}-${i}.json`;

type Json = Record<string, unknown>;

/**
 * Split an object into parts: scalars and small fields in the first part, every array cut
 * into runs that keep each part's JSON under `maxChars` (a single item larger than that
 * still gets a part of its own).
 */
export function splitJson(value: object, maxChars = PART_MAX_CHARS): string[] {
  const parts: Json[] = [{}];
  let size = 2;
  const open = (): void => {
    parts.push({});
    size = 2;
  };
  for (const [key, field] of Object.entries(value)) {
    if (!Array.isArray(field)) {
      const text = JSON.stringify(field) ?? 'null';
      if (size + key.length + text.length + 4 > maxChars && size > 2) open();
      parts[parts.length - 1]![key] = field;
      size += key.length + text.length + 4;
      continue;
    }
    let run: unknown[] = [];
    parts[parts.length - 1]![key] = run;
    size += key.length + 6;
    for (const item of field) {
      const cost = (JSON.stringify(item) ?? 'null').length + 1;
      if (size + cost > maxChars && run.length > 0) {
        open();
        run = [];
        parts[parts.length - 1]![key] = run;
        size += key.length + 6;
      }
      run.push(item);
      size += cost;
    }
  }
  return parts.map((p) => JSON.stringify(p));
}

/** Join parts back: arrays concatenated in order, other fields taken from the part that has them. */
export function joinJson<T>(parts: readonly Json[]): T {
  const out: Json = {};
  for (const part of parts) {
    for (const [key, field] of Object.entries(part)) {
      const have = out[key];
      if (Array.isArray(field) && Array.isArray(have)) {
        for (const item of field) have.push(item);
      } else out[key] = Array.isArray(field) ? [...field] : field;
    }
  }
  return out as T;
}
