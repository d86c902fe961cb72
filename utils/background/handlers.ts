/** Answers to the background's messages; each request has been checked against the protocol. */
import { annotateText } from '../../engine/annotate.ts';
import { buildCard } from '../../engine/card/card.ts';
import { isCuratedArea, roleOf } from '../../engine/card/place-card.ts';
import type { Dataset } from '../../engine/data/dataset.ts';
import { withPackNotes } from '../../engine/packs/card-notes.ts';
import type { Pack } from '../../engine/packs/schema.ts';
import { searchEntities } from '../../engine/match/search.ts';
import type { Mention } from '../../engine/types.ts';
import { getOutlines } from './dataset-loader.ts';
import {
  MAX_ALTERNATIVES,
  type Alternative,
  type AnnotateResponse,
  type DatasetRequest,
  type CardResponse,
  type PlacesMapResponse,
  type SearchResponse,
  type WireMention,
} from '../protocol.ts';

function alternative(dataset: Dataset, entity: number, score: number): Alternative {
  const e = dataset.entities[entity]!;
  return { id: e.id, name: e.name, type: e.type, role: roleOf(dataset, e), score };
}

/** Other readings of a mention for "Not this one": the linker's own candidates, best first. */
function alternativesOf(dataset: Dataset, m: Mention): Alternative[] {
  return m.evidence.others.slice(0, MAX_ALTERNATIVES).map((o) => alternative(dataset, o.entity, o.score));
}

export function annotate(
  dataset: Dataset,
  chunks: string[],
  contextIds: string[],
  country: string | null = null,
): AnnotateResponse {
  const t0 = performance.now();
  const context = contextIds.flatMap((id) => {
    const i = dataset.byId.get(id);
    return i === undefined ? [] : [i];
  });
  const mentions = chunks.map((text) =>
    annotateText(dataset, text, undefined, context, country).map((m): WireMention => {
      const e = dataset.entities[m.entity]!;
      const r = m.evidence.runnerUp;
      const alternatives = alternativesOf(dataset, m);
      return {
        start: m.start,
        end: m.end,
        id: e.id,
        name: e.name,
        type: e.type,
        score: m.evidence.score,
        alias: m.evidence.alias,
        ...(r
          ? {
              runnerUp: {
                id: dataset.entities[r.entity]!.id,
                name: dataset.entities[r.entity]!.name,
                score: r.score,
              },
            }
          : {}),
        ...(alternatives.length ? { alternatives } : {}),
      };
    }),
  );
  return { ok: true, mentions, datasetVersion: dataset.version, took: performance.now() - t0 };
}

/** A card, with the notes the active class packs add to it. */
export function card(dataset: Dataset, id: string, packs: readonly Pack[] = []): CardResponse {
  const i = dataset.byId.get(id);
  return { ok: true, card: i === undefined ? null : withPackNotes(buildCard(dataset, i), packs) };
}

export function search(dataset: Dataset, query: string): SearchResponse {
  const hits = searchEntities(dataset, query, 20).map((i) => {
    const e = dataset.entities[i]!;
    return { id: e.id, name: e.name, type: e.type, role: roleOf(dataset, e) };
  });
  return { ok: true, hits };
}

/** The context menu's look-up: the best linked name in the selection, else search results. */
export function lookup(
  dataset: Dataset,
  text: string,
  packs: readonly Pack[] = [],
): CardResponse | SearchResponse {
  const [best] = annotateText(dataset, text).sort((a, b) => b.evidence.score - a.evidence.score);
  if (best) return card(dataset, dataset.entities[best.entity]!.id, packs);
  return search(dataset, text);
}

/** Points for the page's places, with the outlines of the countries they lie in. */
export async function placesMap(dataset: Dataset, ids: string[]): Promise<PlacesMapResponse> {
  const points: PlacesMapResponse['points'] = [];
  const countries = new Set<string>();
  for (const id of ids) {
    const i = dataset.byId.get(id);
    const e = i === undefined ? undefined : dataset.entities[i];
    if (!e?.geo || e.type !== 'place' || e.geo.basis === 'none' || isCuratedArea(e)) continue;
    points.push({ id: e.id, name: e.name, lat: e.geo.lat, lon: e.geo.lon });
    countries.add(e.geo.cc);
  }
  const all = points.length ? await getOutlines() : {};
  const outlines: Record<string, number[][][]> = {};
  for (const cc of countries) if (all[cc]) outlines[cc] = all[cc];
  return { ok: true, points, outlines };
}

async function withOutline(response: CardResponse): Promise<CardResponse> {
  const c = response.card;
  if (!c?.geo) return response;
  const outline = (await getOutlines())[c.geo.cc];
  return outline ? { ok: true, card: { ...c, outline } } : response;
}

export async function handle(dataset: Dataset, req: DatasetRequest, packs: readonly Pack[] = []) {
  switch (req.type) {
    case 'annotate':
      return annotate(dataset, req.chunks, req.context, req.country ?? null);
    case 'card':
      return withOutline(card(dataset, req.id, packs));
    case 'search':
      return search(dataset, req.query);
    case 'places-map':
      return placesMap(dataset, req.ids);
    case 'lookup': {
      const result = lookup(dataset, req.text, packs);
      return 'card' in result ? withOutline(result) : result;
    }
    case 'ping':
      return { ok: true as const }; // the dataset is loaded: nothing more to do
    case 'dataset-status': // loaded; a file that fails its checks answers an ErrorResponse naming it
      return { ok: true as const, loaded: true as const, version: dataset.version };
  }
}
