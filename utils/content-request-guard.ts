/**
 * The content script's check of what the popup and background send it. The schema in
 * protocol.ts (`contentRequest`) is the definition and gives the type; this plain check
 * keeps zod out of the content script, which every page loads. Only the extension can
 * reach `runtime.onMessage` here, so it guards against our own mistakes, not the page;
 * tests/unit/content-request-guard.test.ts holds it to the schema.
 */
import type { ContentRequest } from './protocol.ts';

const isString = (v: unknown): v is string => typeof v === 'string';

/** Each request type and the check of its fields besides `type`. */
const FIELDS: Record<ContentRequest['type'], (m: Record<string, unknown>) => boolean> = {
  'page-mentions': () => true,
  'show-mention': (m) => isString(m.id),
  'show-card': (m) => isString(m.id),
  'step-mention': (m) => m.direction === 'next' || m.direction === 'previous',
  'pin-card': () => true,
  'pin-entity': (m) => isString(m.id),
};

export function readContentRequest(message: unknown): ContentRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  if (!isString(m.type) || !Object.hasOwn(FIELDS, m.type)) return null;
  return FIELDS[m.type as ContentRequest['type']](m) ? (m as ContentRequest) : null;
}
