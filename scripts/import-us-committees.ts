/**
 * One-off import: the committees of the US Congress (standing, select, special and joint;
 * not their subcommittees), from the public-domain (CC0) `unitedstates/congress-legislators`
 * project, as curated organisations with their chair and ranking member as terms.
 *
 *   npx tsx scripts/import-us-committees.ts --from <repo checkout or dir> --commit <sha> --date <YYYY-MM-DD>
 *     trims committees-current.yaml and committee-membership-current.yaml to the fields
 *     used into dataset/sources/us-congress/committees-current.json (committed);
 *   npx tsx scripts/import-us-committees.ts
 *     rewrites dataset/actors/us-congress-committees.json and
 *     dataset/terms/us-congress-committees.json from it.
 *
 * Reproducible from the committed inputs alone. The name as the news writes it, the short
 * forms and a few words of jurisdiction per committee are ours (COMMITTEES below); every
 * other field comes from the project's files. Holders are the people the members import
 * already wrote (dataset/terms/us-congress.json), found by the record's bioguide id.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { foldKey } from '../engine/text/fold.ts';
import { ROOT } from './lib/artefacts.ts';
import type { Legislator } from './lib/us-congress-records.ts';

const DIR = join(ROOT, 'dataset/sources/us-congress');
const INPUT = join(DIR, 'committees-current.json');
const LEGISLATORS = join(DIR, 'legislators-current.json');
const MEMBER_TERMS = join(ROOT, 'dataset/terms/us-congress.json');
const OUT_ACTORS = join(ROOT, 'dataset/actors/us-congress-committees.json');
const OUT_TERMS = join(ROOT, 'dataset/terms/us-congress-committees.json');

const SENATE = 'organization/united-states-senate';
const HOUSE = 'organization/united-states-house-of-representatives';
const CONGRESS = 'organization/united-states-congress';

type Alias = string | { text: string; caseSensitive?: boolean; ambiguous?: boolean; partial?: boolean };

interface Curated {
  /** The name as the news writes it. */
  name: string;
  /** Short forms beside the official name (which is always added). */
  aliases?: Alias[];
  /** What it deals with, in a few words: "… responsible for <jurisdiction>." */
  jurisdiction: string;
  /** Do not add the name without "Committee" ("House Administration" is not the committee). */
  noBareForm?: boolean;
  /** A whole description, where the generated sentence would not fit. */
  description?: string;
  role?: string;
}

/**
 * Our part: by the project's thomas_id, the committees imported. A committee of the data
 * that is not here is left out (the Senate narcotics caucus, the House's January 6
 * select subcommittee) and reported by the script.
 */
const COMMITTEES: Record<string, Curated> = {
  // House
  HSAG: {
    name: 'House Agriculture Committee',
    jurisdiction: 'farm policy, food and nutrition programs, rural development and forestry',
  },
  HSAP: {
    name: 'House Appropriations Committee',
    jurisdiction: 'writing the bills that fund the federal government',
  },
  HSAS: {
    name: 'House Armed Services Committee',
    aliases: [{ text: 'HASC', caseSensitive: true, ambiguous: true }],
    jurisdiction: 'the armed forces, the Defense Department and the annual defense authorization bill',
  },
  HSBA: {
    name: 'House Financial Services Committee',
    jurisdiction: 'banking, insurance, housing, securities markets and monetary policy',
  },
  HSBU: {
    name: 'House Budget Committee',
    jurisdiction: 'the federal budget resolution and the budget process',
  },
  HSED: {
    name: 'House Education and Workforce Committee',
    aliases: ['House Education and the Workforce Committee', 'House Education Committee'],
    jurisdiction: 'schools, higher education, labor law, workplace safety and pensions',
  },
  HSFA: {
    name: 'House Foreign Affairs Committee',
    jurisdiction: 'foreign policy, foreign aid, arms sales and the State Department',
  },
  HSGO: {
    name: 'House Oversight Committee',
    aliases: ['House Oversight and Government Reform Committee'],
    jurisdiction: 'investigating the federal government and the workings of its agencies',
  },
  HSHA: {
    name: 'House Administration Committee',
    noBareForm: true,
    jurisdiction: 'the running of the House, its security and federal election law',
  },
  HSHM: {
    name: 'House Homeland Security Committee',
    jurisdiction: 'the Department of Homeland Security, border and transport security and counterterrorism',
  },
  HSIF: {
    name: 'House Energy and Commerce Committee',
    jurisdiction: 'energy, health care, telecommunications, consumer protection and interstate commerce',
  },
  HSII: {
    name: 'House Natural Resources Committee',
    jurisdiction: 'federal lands, mining, oceans, wildlife and Native American affairs',
  },
  HLIG: {
    name: 'House Intelligence Committee',
    aliases: [{ text: 'HPSCI', caseSensitive: true }],
    jurisdiction: 'oversight of the intelligence agencies and their budgets',
  },
  HSJU: {
    name: 'House Judiciary Committee',
    jurisdiction: 'the federal courts, criminal law, immigration, antitrust and the Justice Department',
  },
  HSPW: {
    name: 'House Transportation and Infrastructure Committee',
    aliases: ['House Transportation Committee'],
    jurisdiction: 'highways, aviation, railroads, shipping and water infrastructure',
  },
  HSRU: {
    name: 'House Rules Committee',
    jurisdiction: 'setting the terms on which bills are debated and amended on the House floor',
  },
  HSSM: {
    name: 'House Small Business Committee',
    jurisdiction: 'small businesses and the Small Business Administration',
  },
  HSSO: { name: 'House Ethics Committee', jurisdiction: 'the conduct of House members and staff' },
  HSSY: {
    name: 'House Science Committee',
    aliases: [
      'House Science, Space, and Technology Committee',
      'House Science, Space and Technology Committee',
    ],
    jurisdiction: 'federal research and development, NASA and civilian science agencies',
  },
  HSVR: {
    name: "House Veterans' Affairs Committee",
    aliases: ['House Veterans Affairs Committee'],
    jurisdiction: "veterans' benefits and health care and the Department of Veterans Affairs",
  },
  HSWM: {
    name: 'House Ways and Means Committee',
    aliases: ['Ways and Means Committee'],
    jurisdiction: 'taxes, tariffs and trade, Social Security and Medicare',
  },
  HSZS: {
    name: 'House Select Committee on China',
    aliases: [
      'House Select Committee on the Chinese Communist Party',
      'House Select Committee on the CCP',
      'Select Committee on the Chinese Communist Party',
      'Select Committee on the CCP',
    ],
    jurisdiction: "examining the United States' economic, technological and security competition with China",
  },
  // Senate
  SLET: { name: 'Senate Ethics Committee', jurisdiction: 'the conduct of senators and Senate staff' },
  SLIA: {
    name: 'Senate Indian Affairs Committee',
    jurisdiction: 'Native American, Alaska Native and Native Hawaiian affairs',
  },
  SLIN: {
    name: 'Senate Intelligence Committee',
    aliases: [{ text: 'SSCI', caseSensitive: true, ambiguous: true }],
    jurisdiction: 'oversight of the intelligence agencies and their budgets',
  },
  SPAG: { name: 'Senate Aging Committee', jurisdiction: 'studying issues that affect older Americans' },
  SSAF: {
    name: 'Senate Agriculture Committee',
    aliases: ['Senate Agriculture, Nutrition and Forestry Committee'],
    jurisdiction: 'farm policy, nutrition programs and forestry',
  },
  SSAP: {
    name: 'Senate Appropriations Committee',
    jurisdiction: 'writing the bills that fund the federal government',
  },
  SSAS: {
    name: 'Senate Armed Services Committee',
    aliases: [{ text: 'SASC', caseSensitive: true, ambiguous: true }],
    jurisdiction:
      'the armed forces, the Defense Department, military nominations and the annual defense authorization bill',
  },
  SSBK: {
    name: 'Senate Banking Committee',
    aliases: ['Senate Banking, Housing and Urban Affairs Committee'],
    jurisdiction: 'banks, financial markets, housing, sanctions and monetary policy',
  },
  SSBU: {
    name: 'Senate Budget Committee',
    jurisdiction: 'the federal budget resolution and the budget process',
  },
  SSCM: {
    name: 'Senate Commerce Committee',
    aliases: ['Senate Commerce, Science and Transportation Committee'],
    jurisdiction: 'interstate commerce, communications, science, space and transportation',
  },
  SSEG: {
    name: 'Senate Energy and Natural Resources Committee',
    aliases: ['Senate Energy Committee'],
    jurisdiction: 'energy policy, federal lands and natural resources',
  },
  SSEV: {
    name: 'Senate Environment and Public Works Committee',
    jurisdiction: 'environmental law, highways and public works',
  },
  SSFI: {
    name: 'Senate Finance Committee',
    jurisdiction: 'taxes, tariffs and trade, Social Security, Medicare and Medicaid',
  },
  SSFR: {
    name: 'Senate Foreign Relations Committee',
    aliases: [{ text: 'Foreign Relations Committee', ambiguous: true }],
    jurisdiction: 'foreign policy, treaties, foreign aid and ambassadorial nominations',
  },
  SSGA: {
    name: 'Senate Homeland Security and Governmental Affairs Committee',
    aliases: ['Senate Homeland Security Committee', { text: 'HSGAC', caseSensitive: true }],
    jurisdiction: 'homeland security and the workings of the federal government',
  },
  SSHR: {
    name: 'Senate Health, Education, Labor and Pensions Committee',
    aliases: [{ text: 'Senate HELP Committee', caseSensitive: true }],
    noBareForm: true,
    jurisdiction: 'health care, public health, education, labor and pensions',
  },
  SSJU: {
    name: 'Senate Judiciary Committee',
    jurisdiction:
      'the federal courts and judicial nominations, criminal law, immigration and the Justice Department',
  },
  SSRA: {
    name: 'Senate Rules Committee',
    aliases: ['Senate Rules and Administration Committee'],
    jurisdiction: 'the rules and running of the Senate and federal election law',
  },
  SSSB: {
    name: 'Senate Small Business Committee',
    aliases: ['Senate Small Business and Entrepreneurship Committee'],
    jurisdiction: 'small businesses and the Small Business Administration',
  },
  SSVA: {
    name: "Senate Veterans' Affairs Committee",
    aliases: ['Senate Veterans Affairs Committee'],
    jurisdiction: "veterans' benefits and health care and the Department of Veterans Affairs",
  },
  // Joint
  JCSE: {
    name: 'Helsinki Commission',
    aliases: ['U.S. Helsinki Commission', 'US Helsinki Commission'],
    jurisdiction:
      'monitoring human rights, security and cooperation commitments in Europe under the Helsinki Final Act',
    role: 'Commission of the U.S. Congress and executive branch',
    description:
      'U.S. government commission of senators, representatives and executive-branch officials that monitors compliance with the Helsinki Final Act and other commitments of the OSCE countries on human rights and security.',
  },
  JSEC: {
    name: 'Joint Economic Committee',
    jurisdiction: 'studying the economy and reviewing economic policy',
  },
  JSLC: {
    name: 'Joint Committee on the Library',
    jurisdiction: 'the Library of Congress and the art and statues of the Capitol',
  },
  JSPR: {
    name: 'Joint Committee on Printing',
    jurisdiction: 'the Government Publishing Office and federal printing',
  },
  JSTX: {
    name: 'Joint Committee on Taxation',
    jurisdiction: 'estimating the revenue effect of tax bills and analysing tax legislation',
  },
};

/** What the import reads of a committee and of its members with a title. */
interface Leader {
  name: string;
  bioguide: string;
  party: 'majority' | 'minority';
  title: string;
}
interface Committee {
  type: 'house' | 'senate' | 'joint';
  name: string;
  thomas_id: string;
  url?: string;
  wikipedia?: string;
  leaders: Leader[];
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** Keep only what the conversion reads: committees (no subcommittees) and their titled members. */
function trim(dir: string, commit: string, date: string): void {
  type RawCommittee = Omit<Committee, 'leaders'>;
  const raw = load(readFileSync(join(dir, 'committees-current.yaml'), 'utf8')) as RawCommittee[];
  const members = load(readFileSync(join(dir, 'committee-membership-current.yaml'), 'utf8')) as Record<
    string,
    Array<Leader & { title?: string }>
  >;
  const committees: Committee[] = raw.map((c) => ({
    type: c.type,
    name: c.name,
    thomas_id: c.thomas_id,
    ...(c.url ? { url: c.url } : {}),
    ...(c.wikipedia ? { wikipedia: c.wikipedia } : {}),
    leaders: (members[c.thomas_id] ?? [])
      .filter((m) => m.title)
      .map((m) => ({ name: m.name, bioguide: m.bioguide, party: m.party, title: m.title! })),
  }));
  mkdirSync(DIR, { recursive: true });
  writeFileSync(INPUT, JSON.stringify({ commit, date, committees }, null, 1) + '\n');
  console.log(`trimmed ${committees.length} committees → ${INPUT}`);
}

const kebab = (s: string): string =>
  foldKey(s)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Who leads a committee for the news: the chair, and the top member of the other side. */
function leadersOf(c: Committee): Array<Leader & { office: string; chair: boolean }> {
  const out: Array<Leader & { office: string; chair: boolean }> = [];
  for (const l of c.leaders) {
    const t = l.title.replace(/^Cochairman$/, 'Co-chairman');
    const chair = /^(Co-)?Chair(man)?$/.test(t);
    const ranking = t === 'Ranking Member';
    // Where no one is "Ranking Member" (Senate Intelligence, Ethics, Indian Affairs), the
    // minority's vice chairman is its top member.
    const minorityVice =
      /^Vice Chair(man)?$/.test(t) &&
      l.party === 'minority' &&
      !c.leaders.some((o) => o.title === 'Ranking Member');
    if (chair || ranking || minorityVice) out.push({ ...l, office: t, chair });
  }
  return out;
}

function convert(): void {
  const { commit, date, committees } = JSON.parse(readFileSync(INPUT, 'utf8')) as {
    commit: string;
    date: string;
    committees: Committee[];
  };
  const legislators = (JSON.parse(readFileSync(LEGISLATORS, 'utf8')) as { legislators: Legislator[] })
    .legislators;
  const memberTerms = JSON.parse(readFileSync(MEMBER_TERMS, 'utf8')) as Array<{
    holder: string;
    holderName: string;
  }>;
  // The members import names a holder by the record's official name: bioguide → name → id.
  const idByName = new Map(memberTerms.map((t) => [t.holderName, t.holder]));
  const holderOf = new Map<string, { id: string; name: string }>();
  for (const l of legislators) {
    const name = l.name.official_full ?? `${l.name.first} ${l.name.last}`;
    const id = idByName.get(name);
    if (id) holderOf.set(l.id.bioguide, { id, name });
  }
  const file = (f: string) => `https://github.com/unitedstates/congress-legislators/blob/${commit}/${f}`;
  const committeeSource = {
    title: 'congress-legislators: current committees of the US Congress (public domain)',
    url: file('committees-current.yaml'),
  };
  const membershipSource = {
    title: 'congress-legislators: current committee membership of the US Congress (public domain)',
    url: file('committee-membership-current.yaml'),
  };
  const actors: unknown[] = [];
  const terms: unknown[] = [];
  const skipped: string[] = [];
  for (const c of committees) {
    const cur = COMMITTEES[c.thomas_id];
    if (!cur) {
      skipped.push(`${c.thomas_id} ${c.name}`);
      continue;
    }
    const id = `organization/${kebab(cur.name)}`;
    const chamber = c.type === 'senate' ? SENATE : c.type === 'house' ? HOUSE : CONGRESS;
    const body =
      c.type === 'senate'
        ? 'the U.S. Senate'
        : c.type === 'house'
          ? 'the U.S. House of Representatives'
          : 'the U.S. Congress';
    const kind =
      c.type === 'joint'
        ? 'Joint'
        : /\bSelect\b/.test(c.name)
          ? 'Select'
          : /\bSpecial\b/.test(c.name)
            ? 'Special'
            : 'Standing';
    const role = cur.role ?? `${kind} committee of ${body}`;
    const description =
      cur.description ??
      `${role}${c.type === 'joint' ? ', with members from both chambers,' : ''} responsible for ${cur.jurisdiction}.`;
    const aliases: Alias[] = [];
    const seen = new Set([foldKey(cur.name)]);
    const add = (a: Alias) => {
      const text = typeof a === 'string' ? a : a.text;
      if (seen.has(foldKey(text))) return;
      seen.add(foldKey(text));
      aliases.push(a);
    };
    add(c.name);
    // "House Armed Services Committee" → "House Armed Services": how headlines and titles
    // ("Senate Judiciary Chairman …") name it; always with the chamber.
    if (c.type !== 'joint' && !cur.noBareForm && / Committee$/.test(cur.name))
      add(cur.name.replace(/ Committee$/, ''));
    for (const a of cur.aliases ?? []) add(a);
    const sources = [committeeSource];
    if (c.url)
      sources.push({ title: `${c.name}: official website`, url: c.url.replace(/^http:\/\//, 'https://') });
    actors.push({
      id,
      type: 'organization',
      subtype: 'government-body',
      name: cur.name,
      aliases,
      role,
      description,
      facts: [],
      related: [
        { id: chamber, relation: 'part of' },
        { id: 'place/country-us', relation: 'country' },
      ],
      sources,
      wikipedia: c.wikipedia ? c.wikipedia.replace(/ /g, '_') : null,
    });
    for (const l of leadersOf(c)) {
      const holder = holderOf.get(l.bioguide);
      if (!holder) throw new Error(`${c.thomas_id}: ${l.name} (${l.bioguide}) is not in the members import`);
      terms.push({
        office: `${l.office} of the ${cur.name}`,
        officeOf: id,
        kind: l.chair ? 'leader' : 'other',
        holder: holder.id,
        holderName: holder.name,
        source: membershipSource,
        asOf: date,
      });
    }
  }
  writeFileSync(OUT_ACTORS, JSON.stringify(actors, null, 2) + '\n');
  writeFileSync(OUT_TERMS, JSON.stringify(terms, null, 2) + '\n');
  console.log(
    `${actors.length} committees, ${terms.length} terms; left out: ${skipped.join('; ') || 'none'}`,
  );
  const unused = Object.keys(COMMITTEES).filter((k) => !committees.some((c) => c.thomas_id === k));
  if (unused.length) console.log(`no longer in the data: ${unused.join(', ')}`);
}

const from = arg('--from');
if (from) trim(from, arg('--commit') ?? 'unknown', arg('--date') ?? 'unknown');
else convert();
