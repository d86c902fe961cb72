/** The build's working form of an entity: the compiled record plus its aliases with flags. */
import type { CompiledEntity } from '../../engine/types.ts';

export interface BuildAlias {
  text: string;
  flags: number;
}

export interface BuildEntity {
  entity: CompiledEntity;
  aliases: BuildAlias[];
  /** Source file for curated entities; generator name for generated ones. */
  origin: string;
}

/** The GeoNames snapshot and source, as the cards cite them. */
export {
  GEONAMES_AS_OF as GEONAMES_SNAPSHOT,
  GEONAMES as GEONAMES_SOURCE,
} from '../../engine/card/place-card.ts';

export function wikipediaSource(title: string): { title: string; url: string } {
  return {
    title: `Wikipedia: ${title.replace(/_/g, ' ')}`,
    url: `https://en.wikipedia.org/wiki/${encodeURIComponent(title)}`,
  };
}
