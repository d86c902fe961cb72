/**
 * One-off mechanical pass (run once, kept for the record): a time-sensitive fact without
 * its own source gets the entity's own first https source as `sourceUrl` / `sourceTitle`,
 * but only when that source is an encyclopedia page about the entity itself (its
 * English Wikipedia article, the one its `wikipedia` field names). The fact's `asOf`
 * is left as it is: the fact is "as of" that date, from that page. Facts whose entity
 * cites no such page are listed and left for the verification pass.
 *
 *   npx tsx scripts/convert-add-fact-sources.ts [--dry-run]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isTimeVarying } from '../dataset/schema.ts';
import { ROOT } from './lib/artefacts.ts';

interface RawFact {
  label: string;
  value: unknown;
  asOf?: string;
  sourceUrl?: string;
  sourceTitle?: string;
}
interface RawEntity {
  id: string;
  name: string;
  facts: RawFact[];
  sources: { title: string; url: string }[];
  wikipedia: string | null;
}

const DRY = process.argv.includes('--dry-run');
const ACTORS = join(ROOT, 'dataset/actors');
const title = (s: string) => s.replace(/_/g, ' ').trim();

/** The entity's first https source, if it is the entity's own English Wikipedia article. */
function encyclopediaPage(e: RawEntity): { url: string; title: string } | undefined {
  const first = e.sources.find((s) => s.url.startsWith('https://'));
  if (!first || !e.wikipedia) return undefined;
  const u = new URL(first.url);
  if (u.hostname !== 'en.wikipedia.org' || !u.pathname.startsWith('/wiki/')) return undefined;
  const page = title(decodeURIComponent(u.pathname.slice('/wiki/'.length)));
  return page === title(e.wikipedia) ? first : undefined;
}

/**
 * Facts that restate a term (dataset/terms/afghanistan.json, from-dated-facts.json, or a
 * converted position): removed, since the build derives them from the term.
 */
const NOW_TERMS: Record<string, string[]> = {
  'person/aslam-farooqi': ['Emir of IS-K'],
  'person/christopher-musa': ['Chief of Defence Staff', 'Sworn in as defence minister'],
  'person/ahmed-diriye': ['Named leader'],
  'organization/baloch-peoples-congress': ['President'],
};

/**
 * Facts whose entity cites no encyclopedia page about itself, checked one by one against
 * a page found for them (December 2026): that page becomes their source.
 */
const CHECKED: Record<string, Record<string, { url: string; title: string }>> = {
  'organization/minurso': {
    Headquarters: {
      url: 'https://minurso.unmissions.org/office-locations',
      title: 'MINURSO: Office locations',
    },
    Status: {
      url: 'https://barlamantoday.com/2024/10/31/un-security-council-extends-minurso-mandate-in-sahara-for-another-year',
      title: 'Barlamane Today: UN Security Council extends MINURSO mandate in Sahara for another year',
    },
  },
  'organization/minusca': {
    Status: {
      url: 'https://minusca.unmissions.org/mandat',
      title: 'MINUSCA: Mandat (renewed until 15 November 2026)',
    },
  },
  'organization/binuh': {
    Headquarters: {
      url: 'https://binuh.unmissions.org/en/conduct-and-discipline',
      title: 'BINUH: Conduct and discipline (BINUH headquarters in Port-au-Prince)',
    },
  },
  'organization/unowas': {
    Headquarters: {
      url: 'https://en.wikipedia.org/wiki/United_Nations_Office_for_West_Africa_and_the_Sahel',
      title: 'Wikipedia: United Nations Office for West Africa and the Sahel',
    },
  },
  'organization/unrcca': {
    Headquarters: {
      url: 'https://aarhusclearinghouse.unece.org/node/2106',
      title: 'UNECE Aarhus Clearinghouse: UN Regional Centre for Preventive Diplomacy for Central Asia',
    },
  },
  'organization/national-intelligence-centre-spain': {
    Headquarters: {
      url: 'https://enwikipedia.net/wiki/National_Intelligence_Centre',
      title: 'National Intelligence Centre (Wikipedia copy)',
    },
  },
  'organization/finnish-security-and-intelligence-service': {
    Headquarters: {
      url: 'https://wikimili.com/en/Finnish_Security_and_Intelligence_Service',
      title: 'WikiMili: Finnish Security and Intelligence Service',
    },
  },
};

/**
 * Time-sensitive facts no page could be found for: dropped (a missing fact is better than
 * an unsourced one). The verification pass may restore them with a source.
 */
const UNSOURCED: Record<string, string[]> = {
  'organization/minusca': ['Headquarters'],
  'organization/un-verification-mission-in-colombia': ['Headquarters'],
  'organization/general-directorate-of-intelligence-afghanistan': ['Headquarters'],
  'person/maria-benvinda-levi': ['Party'],
  'person/neda-mohammad-nadim': ['Governor of Nangarhar'],
};

let added = 0;
let removed = 0;
let checked = 0;
let dropped = 0;
const left: string[] = [];
for (const f of readdirSync(ACTORS)
  .filter((x) => x.endsWith('.json'))
  .sort()) {
  const path = join(ACTORS, f);
  const list = JSON.parse(readFileSync(path, 'utf8')) as RawEntity[];
  let changed = false;
  for (const e of list) {
    const drop = NOW_TERMS[e.id];
    if (drop) {
      const before = e.facts.length;
      e.facts = e.facts.filter((x) => !drop.includes(x.label));
      removed += before - e.facts.length;
      changed ||= before !== e.facts.length;
    }
    const unsourced = UNSOURCED[e.id];
    if (unsourced) {
      const before = e.facts.length;
      e.facts = e.facts.filter((x) => x.sourceUrl || !unsourced.includes(x.label));
      dropped += before - e.facts.length;
      changed ||= before !== e.facts.length;
    }
    for (const fact of e.facts) {
      const page = CHECKED[e.id]?.[fact.label];
      if (!page || fact.sourceUrl) continue;
      fact.sourceUrl = page.url;
      fact.sourceTitle = page.title;
      checked++;
      changed = true;
    }
    const page = encyclopediaPage(e);
    for (const fact of e.facts) {
      if (!isTimeVarying(fact.label) || fact.sourceUrl) continue;
      if (!page) {
        left.push(`${f}: ${e.id}: "${fact.label}" (first source ${e.sources[0]?.url ?? 'none'})`);
        continue;
      }
      fact.sourceUrl = page.url;
      fact.sourceTitle = page.title;
      added++;
      changed = true;
    }
  }
  if (changed && !DRY) writeFileSync(path, `${JSON.stringify(list, null, 2)}\n`);
}
for (const l of left) console.log(`left: ${l}`);
console.log(`sources: ${removed} facts removed as restating a term`);
console.log(`sources: ${checked} facts sourced one by one; ${dropped} dropped for want of any source`);
console.log(
  `sources: ${added} facts now cite their entity's encyclopedia page; ${left.length} left without a source`,
);
