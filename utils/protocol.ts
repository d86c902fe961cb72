/**
 * Every message between the content script, the background and the popup. Each
 * receiver checks what arrives against these schemas (`zod/mini`), except the content
 * script: every page loads it, so it imports only types from here and checks its few
 * requests with utils/content-request-guard.ts, which a unit test holds to these schemas.
 */
import * as z from 'zod/mini';
import type { EntityCard } from '../engine/card/card.ts';
import type { PackPreview } from '../engine/packs/preview.ts';
import type { PublishedDate } from '../engine/page/published-date.ts';
import type { EntityType } from '../engine/types.ts';
import { MAX_BATCH_CHARS, MAX_CHUNK_CHARS } from './protocol-constants.ts';

const entityType = z.enum(['person', 'organization', 'armed-group', 'place', 'other']);

export { MAX_BATCH_CHARS, MAX_CHUNK_CHARS };

// ── to the background ────────────────────────────────────────────────────────
export const annotateRequest = z.object({
  type: z.literal('annotate'),
  /** Text chunks, each a run of blocks; names never span chunks. */
  chunks: z.array(z.string().check(z.maxLength(MAX_CHUNK_CHARS))).check(z.maxLength(500)),
  /** Ids of entities already linked on this page: context for the linker. */
  context: z.array(z.string()).check(z.maxLength(2000)),
  /** The site's country, ISO 3166 alpha-2 (engine/page/site-country.ts): context for shared acronyms. */
  country: z.optional(z.string().check(z.maxLength(2))),
});
export const cardRequest = z.object({ type: z.literal('card'), id: z.string() });
export const searchRequest = z.object({
  type: z.literal('search'),
  query: z.string().check(z.maxLength(200)),
});
export const lookupRequest = z.object({
  type: z.literal('lookup'),
  text: z.string().check(z.maxLength(500)),
});
/** The popup's map: where the page's places are, and their countries' outlines. */
export const placesMapRequest = z.object({
  type: z.literal('places-map'),
  ids: z.array(z.string()).check(z.maxLength(500)),
});
/** Class packs, from the options page: the background owns the dataset they are checked against. */
const PACK_TEXT_MAX = 1_100_000; // a pack's own limit (1 MB) is checked, with its message, by the pack reader
const packFile = {
  text: z.string().check(z.maxLength(PACK_TEXT_MAX)),
  fileName: z.string().check(z.maxLength(300)),
};
export const packsListRequest = z.object({ type: z.literal('packs-list') });
export const packPreviewRequest = z.object({ type: z.literal('pack-preview'), ...packFile });
export const packInstallRequest = z.object({ type: z.literal('pack-install'), ...packFile });
export const packSetEnabledRequest = z.object({
  type: z.literal('pack-set-enabled'),
  id: z.string(),
  enabled: z.boolean(),
});
export const packRemoveRequest = z.object({ type: z.literal('pack-remove'), id: z.string() });
export const packExportRequest = z.object({ type: z.literal('pack-export'), id: z.string() });
/** Sent by a page as it starts (issue #14): wakes a stopped background, which loads its data meanwhile. */
export const pingRequest = z.object({ type: z.literal('ping') });
/** Whether the packaged dataset loaded (issue #14): a corrupt or mismatched data file answers `ErrorResponse` naming the file. */
export const datasetStatusRequest = z.object({ type: z.literal('dataset-status') });
/**
 * What the popup changes: its site switch, the site's scope, the page's date. The
 * background writes them (utils/background/popup-writes.ts): a popup closes as soon as
 * the page takes focus, and a write it had still to make after its reads was lost with it.
 */
export const siteSwitchRequest = z.object({
  type: z.literal('site-switch'),
  url: z.string(),
  enabled: z.boolean(),
});
export const siteScopeRequest = z.object({
  type: z.literal('site-scope'),
  url: z.string(),
  /** `null` drops the site's own choice, so the default applies. */
  scope: z.nullable(z.enum(['article', 'page'])),
});
export const pageDateRequest = z.object({
  type: z.literal('page-date'),
  url: z.string(),
  /** `YYYY-MM-DD`, or `null` to drop the reader's correction. */
  date: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
});
export interface DatasetStatusResponse {
  ok: true;
  loaded: true;
  version: string;
}
export const backgroundRequest = z.discriminatedUnion('type', [
  annotateRequest,
  cardRequest,
  searchRequest,
  lookupRequest,
  placesMapRequest,
  packsListRequest,
  packPreviewRequest,
  packInstallRequest,
  packSetEnabledRequest,
  packRemoveRequest,
  packExportRequest,
  pingRequest,
  datasetStatusRequest,
  siteSwitchRequest,
  siteScopeRequest,
  pageDateRequest,
]);
export type BackgroundRequest = z.infer<typeof backgroundRequest>;
export type PackRequest = Extract<BackgroundRequest, { type: `pack${string}` }>;
const POPUP_WRITE_TYPES = ['site-switch', 'site-scope', 'page-date'] as const;
export type PopupWrite = Extract<BackgroundRequest, { type: (typeof POPUP_WRITE_TYPES)[number] }>;
const POPUP_WRITES: ReadonlySet<string> = new Set(POPUP_WRITE_TYPES);
/** Requests the background answers itself, never the data host. */
export type OwnRequest = PackRequest | PopupWrite;
export type DatasetRequest = Exclude<BackgroundRequest, OwnRequest>;
export const isPackRequest = (r: BackgroundRequest): r is PackRequest => r.type.startsWith('pack');
export const isPopupWrite = (r: BackgroundRequest): r is PopupWrite => POPUP_WRITES.has(r.type);
export const isOwnRequest = (r: BackgroundRequest): r is OwnRequest => isPackRequest(r) || isPopupWrite(r);

// ── to the data host (Chromium: entrypoints/data-host) ───────────────────────
/**
 * A dataset request for the data host, which keeps the dataset loaded while the service
 * worker is stopped (issue #14). The service worker never answers it; where no host is
 * open yet, the sender asks the background the same question, which opens one.
 */
const hostDatasetRequest = backgroundRequest.check(
  z.refine((r) => !isOwnRequest(r), 'pack and settings requests go to the background'),
);
/** From the background, which forwards a request it was sent. */
export const hostRequest = z.object({ type: z.literal('to-host'), request: hostDatasetRequest });
export type HostRequest = z.infer<typeof hostRequest>;
/**
 * From a page or the popup, over a port named `HOST_PORT` (utils/ask-data.ts): one port
 * for all of a page's questions, which the service worker never sees, so a stopped one
 * stays stopped. The answer carries the same id.
 */
export const hostPortRequest = z.object({ id: z.number(), request: hostDatasetRequest });
export type HostPortRequest = z.infer<typeof hostPortRequest>;
export interface HostPortAnswer {
  id: number;
  response: unknown;
}
/** From the background: the inputs the host applies class packs from (engine/packs). */
export const hostPacksMessage = z.object({
  type: z.literal('host-packs'),
  stored: z.unknown(),
  policyPacks: z.array(z.string()),
});
export type HostPacksMessage = z.infer<typeof hostPacksMessage>;

export interface WireMention {
  /** Offsets into the chunk. */
  start: number;
  end: number;
  id: string;
  name: string;
  type: EntityType;
  score: number;
  alias: string;
  runnerUp?: { id: string; name: string; score: number };
  /**
   * Other readings of the same text, best first (at most MAX_ALTERNATIVES): the
   * runner-up, then the alias's other candidates. "Not this one" offers them.
   */
  alternatives?: Alternative[];
  /** Set by the content script when the reader chose this reading with "Not this one". */
  chosen?: true;
}
export interface Alternative {
  id: string;
  name: string;
  type: EntityType;
  /** What it is, to tell same-named places apart ("Province of Afghanistan"), when known. */
  role?: string;
  score: number;
}
export const MAX_ALTERNATIVES = 3;
export interface AnnotateResponse {
  ok: true;
  mentions: WireMention[][];
  datasetVersion: string;
  /** The answering context's own work on the request, ms: the rest of a round trip is messaging (bench:browser). */
  took?: number;
}
export interface CardResponse {
  ok: true;
  card: EntityCard | null;
}
export interface SearchHit {
  id: string;
  name: string;
  type: EntityType;
  role: string;
}
export interface SearchResponse {
  ok: true;
  hits: SearchHit[];
}
export interface PlacesMapResponse {
  ok: true;
  points: { id: string; name: string; lat: number; lon: number }[];
  outlines: Record<string, number[][][]>;
}
export interface ErrorResponse {
  ok: false;
  error: string;
}
export interface PackSummary {
  id: string;
  title: string;
  author: string;
  description: string;
  entities: number;
  enabled: boolean;
  /** Given by the administrator's policy: always on, not removable here. */
  managed: boolean;
}
export interface PacksListResponse {
  ok: true;
  packs: PackSummary[];
}
/** A pack that cannot be imported: every problem, each naming its place ("row 7: link: …"). */
export interface PackErrorsResponse {
  ok: false;
  errors: string[];
}
export interface PackPreviewResponse {
  ok: true;
  preview: PackPreview;
}
export interface PackExportResponse {
  ok: true;
  fileName: string;
  text: string;
}

// ── to the content script ────────────────────────────────────────────────────
export const pageMentionsRequest = z.object({ type: z.literal('page-mentions') });
export const showMentionRequest = z.object({ type: z.literal('show-mention'), id: z.string() });
export const showCardRequest = z.object({ type: z.literal('show-card'), id: z.string() });
export const stepMentionRequest = z.object({
  type: z.literal('step-mention'),
  direction: z.enum(['next', 'previous']),
});
/** Pin the open card (the pin command), or the card for an entity the selection names (the context menu). */
export const pinCardRequest = z.object({ type: z.literal('pin-card') });
export const pinEntityRequest = z.object({ type: z.literal('pin-entity'), id: z.string() });
export const contentRequest = z.discriminatedUnion('type', [
  pageMentionsRequest,
  showMentionRequest,
  showCardRequest,
  stepMentionRequest,
  pinCardRequest,
  pinEntityRequest,
]);
export type ContentRequest = z.infer<typeof contentRequest>;

export interface PageEntitySummary {
  id: string;
  name: string;
  type: EntityType;
  count: number;
  /** The sentence around its first mention, for the popup's research-notes export (engine/notes/sentence.ts). */
  sentence?: string;
}
export interface PageMentionsResponse {
  ok: true;
  enabled: boolean;
  entities: PageEntitySummary[];
  /** The page's address, for the popup's site switch where the tab's URL is not shown to us. */
  url?: string;
  /** The page's title (document.title), for the popup's research-notes export. */
  title?: string;
  /** The page's publication date as the content script read it at start, or null when it states none. */
  published?: PublishedDate | null;
  /**
   * What the scan reads (issue #12): `article`, the article found on the page (the list, the map and
   * the export hold only its names); `page`, the whole page less navigation and footer, because the
   * reader chose it for the site or the page has no clear article.
   */
  scope?: 'article' | 'page';
  /** The article's length in words, when `scope` is `article` ("Reading the article (1,240 words)"). */
  articleWords?: number;
  /** Why the page is read whole: the reader's setting (`setting`) or no article found (`no-article`). */
  pageReason?: 'setting' | 'no-article';
  /** The page is still being read (its names come in pieces, issue #14): the list may grow. */
  reading?: boolean;
}

export const entityTypeSchema = entityType;
