/**
 * The colour of each entity type, shared by the page highlights and the options
 * page's preview. Okabe–Ito colours: distinguishable with the common forms of
 * colour blindness.
 */
import type { EntityType } from '../engine/types.ts';

export const TYPE_COLOURS: Record<EntityType, string> = {
  person: '#0072B2',
  organization: '#009E73',
  'armed-group': '#D55E00',
  place: '#CC79A7',
  other: '#E69F00',
};
