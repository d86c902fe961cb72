/**
 * A small offline locator map: the country's outline (Natural Earth via
 * world-atlas, packaged with the extension) with the place as a dot.
 */
import { t } from '../utils/i18n.ts';
import { FeatureMap, isFeatureShape } from './feature-map.tsx';
import { boundsOf, fitProjection } from './map-projection.ts';

interface Props {
  lat: number;
  lon: number;
  cc: string;
  outline?: number[][][] | undefined;
}

const W = 120;
const H = 80;

export function LocatorMap({ lat, lon, cc, outline }: Props) {
  if (!outline || outline.length === 0) return null;
  if (isFeatureShape(cc)) return <FeatureMap lat={lat} lon={lon} cc={cc} outline={outline} />;
  const bounds = boundsOf(outline.flat());
  // Countries spanning the antimeridian would stretch across the world; show no map.
  if (bounds.maxX - bounds.minX > 180) return null;
  const p = fitProjection(bounds, W, H);
  return (
    <svg class="locator" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={t('mapLabel')}>
      <path d={p.path(outline)} class="outline" />
      <circle cx={p.x(lon)} cy={p.y(lat)} r="3.5" class="dot" />
    </svg>
  );
}
