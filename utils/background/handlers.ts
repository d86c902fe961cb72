/** Answers to the background's messages; each request has been checked against the protocol. */
import { annotateText } from '../../engine/annotate.ts';
import { buildCard, roleOf } from '../../engine/card.ts';
import type { Dataset } from '../../engine/dataset.ts';
import { searchEntities } from '../../engine/search.ts';
import { getOutlines } from './dataset-loader.ts';
import type {
  AnnotateResponse,
  BackgroundRequest,
  CardResponse,
  SearchResponse,
  WireMention,
} from '../protocol.ts';

export function annotate(dataset: Dataset, chunks: string[], contextIds: string[]): AnnotateResponse {
  const context = contextIds.flatMap((id) => {
    const i = dataset.byId.get(id);
    return i === undefined ? [] : [i];
  });
  const mentions = chunks.map((text) =>
    annotateText(dataset, text, undefined, context).map((m): WireMention => {
      const e = dataset.entities[m.entity]!;
      const r = m.evidence.runnerUp;
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
      };
    }),
  );
  return { ok: true, mentions, datasetVersion: dataset.version };
}

export function card(dataset: Dataset, id: string): CardResponse {
  const i = dataset.byId.get(id);
  return { ok: true, card: i === undefined ? null : buildCard(dataset, i) };
}

export function search(dataset: Dataset, query: string): SearchResponse {
  const hits = searchEntities(dataset, query, 20).map((i) => {
    const e = dataset.entities[i]!;
    return { id: e.id, name: e.name, type: e.type, role: roleOf(dataset, e) };
  });
  return { ok: true, hits };
}

/** The context menu's look-up: the best linked name in the selection, else search results. */
export function lookup(dataset: Dataset, text: string): CardResponse | SearchResponse {
  const [best] = annotateText(dataset, text).sort((a, b) => b.evidence.score - a.evidence.score);
  if (best) return card(dataset, dataset.entities[best.entity]!.id);
  return search(dataset, text);
}

async function withOutline(response: CardResponse): Promise<CardResponse> {
  const c = response.card;
  if (!c?.geo) return response;
  const outline = (await getOutlines())[c.geo.cc];
  return outline ? { ok: true, card: { ...c, outline } } : response;
}

export async function handle(dataset: Dataset, req: BackgroundRequest) {
  switch (req.type) {
    case 'annotate':
      return annotate(dataset, req.chunks, req.context);
    case 'card':
      return withOutline(card(dataset, req.id));
    case 'search':
      return search(dataset, req.query);
    case 'lookup': {
      const result = lookup(dataset, req.text);
      return 'card' in result ? withOutline(result) : result;
    }
  }
}
