/**
 * Gold formats the eval harness reads:
 * - page gold (like ../shared/eval/seed-article/gold.json and tests/fixtures/articles/*.json):
 *   entities with surfaces and counts, plus traps, for one HTML or text document;
 * - JSONL (like ../shared/eval/aida-dev.jsonl): text plus gold mentions with offsets.
 */
import { z } from 'zod';

export const pageGoldSchema = z.object({
  document: z.string(),
  entities: z.array(
    z.object({
      wikipedia: z.string().nullable(),
      wikidata: z.string().optional(),
      name: z.string(),
      type: z.string(),
      tier: z.enum(['core', 'extended', 'optional']),
      surfaces: z.record(z.string(), z.number().int().positive()),
    }),
  ),
  traps: z.array(z.object({ surface: z.string(), why: z.string() })).default([]),
});
export type PageGold = z.infer<typeof pageGoldSchema>;

export const jsonlRecordSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  mentions: z.array(
    z.object({
      start: z.number(),
      end: z.number(),
      text: z.string(),
      wikidata: z.string().nullable(),
      name: z.string().nullable(),
      types: z.array(z.string()).default([]),
    }),
  ),
});
export type JsonlRecord = z.infer<typeof jsonlRecordSchema>;

/** Titles and labels compared without case or accents: "Bistriţa" (cedilla) is "Bistrița" (comma). */
const norm = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/_/g, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/[–—]/g, '-')
    .toLowerCase()
    .trim();

/** Does a dataset entity denote the gold entity? By Wikidata id, else Wikipedia title, else (no title known) name. */
export function sameEntity(
  mine: { wikipedia?: string | null; wikidata?: string; name: string; aliases?: string[] },
  gold: { wikipedia?: string | null; wikidata?: string | null; name?: string | null },
): boolean {
  if (mine.wikidata && gold.wikidata) return mine.wikidata === gold.wikidata;
  if (mine.wikipedia && gold.wikipedia) return norm(mine.wikipedia) === norm(gold.wikipedia);
  // JSONL gold has a Wikidata label, not a title: it matches the title for most entities, and
  // otherwise the entity's own name or a full alias ("North Atlantic Treaty Organization" for NATO).
  if (mine.wikipedia && !gold.wikipedia && gold.name) {
    const label = norm(gold.name);
    return (
      norm(mine.wikipedia) === label ||
      norm(mine.name) === label ||
      (mine.aliases ?? []).some((a) => norm(a) === label)
    );
  }
  if (!gold.wikipedia && gold.name) return norm(mine.name) === norm(gold.name);
  return false;
}
