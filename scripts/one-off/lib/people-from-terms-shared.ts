/**
 * What the two one-off `people-from-terms` scripts share: the hand-table's shape, and turning
 * a holder's terms into a card's spellings, id and one-line description.
 */
import type { AliasSource, TermSource } from '../../../dataset/schema.ts';

export interface Extra {
  /** The card's name when the term's would mislead ("Francis" alone). */
  name?: string;
  /** Only these terms (by kind) belong to this record; the rest to `split`. */
  kinds?: string[];
  /** A curated person who already holds these terms. */
  holder?: string;
  aliases?: AliasSource[];
  /** Surnames (partial); default the last word of the name; [] for none. */
  surnames?: string[];
  /** Surnames that are ambiguous whatever the word lists say. */
  ambiguous?: boolean;
  /** false: no English Wikipedia title we are certain of. */
  wikipedia?: string | false;
  /** The noun after the adjective ("politician" by default) or a whole opening. */
  noun?: string;
  opening?: string;
  subtype?: 'head-of-state' | 'head-of-government' | 'monarch';
  description?: string;
}

export const amb = (text: string): AliasSource => ({ text, ambiguous: true });
const ASCII_MAP: Record<string, string> = { ł: 'l', Ł: 'L', ð: 'd', Ð: 'D', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', þ: 'th', Þ: 'Th', ß: 'ss', ı: 'i' }; // prettier-ignore
export function ascii(s: string): string {
  const out = s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁðÐđĐøØæÆþÞßı]/g, (c) => ASCII_MAP[c] ?? c)
    .replace(/(^|\s)ʻ/g, '$1')
    .replace(/ʻ/g, "'");
  return out;
}
export const kebab = (s: string) =>
  ascii(s)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const year = (d: string) => d.slice(0, 4);
export const REGNAL = /\b(?:[IVX]+)$/;

export interface Group {
  key: string;
  termName: string;
  extra: Extra;
  terms: TermSource[];
}

export function groupTerms(terms: TermSource[], mine: Set<string>, EXTRA: Record<string, Extra>): Group[] {
  const groups = new Map<string, Group>();
  for (const t of terms) {
    if (t.holder && !mine.has(t.holder)) continue;
    let extra = EXTRA[t.holderName] ?? {};
    let key = t.holderName;
    if (extra.kinds && !extra.kinds.includes(t.kind)) {
      key = `${t.holderName}#${t.kind}`;
      extra = {
        name: `${t.holderName} (prime minister)`,
        aliases: [amb(t.holderName)],
        surnames: [t.holderName.split(' ').at(-1)!],
        ambiguous: true,
        wikipedia: false,
      };
    }
    const g = groups.get(key) ?? { key, termName: t.holderName, extra, terms: [] };
    g.terms.push(t);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** "from 1997 to 2002", "in 2001"; ranges that touch or overlap by year merge. */
function spans(terms: TermSource[]): string {
  const ranges: [string, string][] = [];
  for (const t of [...terms].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''))) {
    const from = year(t.from ?? t.asOf);
    const to = t.to ? year(t.to) : year(t.asOf);
    const last = ranges.at(-1);
    if (last && from <= last[1]) last[1] = to > last[1] ? to : last[1];
    else ranges.push([from, to]);
  }
  return list(ranges.map(([a, b]) => (a === b ? `in ${a}` : `from ${a} to ${b}`)));
}
const list = (xs: string[]) =>
  xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`;

/** "the Bosniak member of the Presidency…", "a Captain Regent of San Marino", "President of Albania". */
function officePhrase(office: string, acting: boolean): string {
  if (/^(Bosniak|Croat|Serb) Member of/.test(office))
    return `${acting ? 'acting ' : ''}the ${office.replace('Member', 'member')}`;
  if (/^Captain Regent/.test(office)) return `${acting ? 'an acting' : 'a'} ${office}`;
  return `${acting ? 'acting ' : ''}${office}`;
}

export function describe(g: Group, opening: string): string {
  const byOffice = new Map<string, TermSource[]>();
  for (const t of [...g.terms].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''))) {
    const k = `${t.acting ? 'acting:' : ''}${t.office}`;
    byOffice.set(k, [...(byOffice.get(k) ?? []), t]);
  }
  const parts = [...byOffice.entries()].map(
    ([k, ts]) => `${officePhrase(ts[0]!.office, k.startsWith('acting:'))} ${spans(ts)}`,
  );
  // "President … from 1998 to 2002 and from 2018 to 2023, and Prime Minister …"
  const join =
    parts.length > 1 && parts.some((p) => p.includes(' and '))
      ? `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}`
      : list(parts);
  return `${opening} ${join}.`;
}
