/**
 * The locator map of a physical feature: its own shape instead of a country's
 * outline. The shape arrives as the card's `outline`, keyed by the feature's
 * `geo.cc` ("~l:…" a river's line, "~a:…" a sea's, a lake's or a range's outline;
 * scripts/lib/places/physical.ts). Colours are presentation attributes, so the
 * card's stylesheet needs no new rule.
 */
import { t } from '../utils/i18n.ts';
import { boundsOf, fitProjection } from './map-projection.ts';

/** Whether a card's `geo.cc` names a physical feature's shape rather than a country. */
export const isFeatureShape = (cc: string): boolean => cc.startsWith('~');

const W = 120;
const H = 80;
const WATER = '#3d85c6';

interface Props {
  lat: number;
  lon: number;
  cc: string;
  outline: number[][][];
}

export function FeatureMap({ lat, lon, cc, outline }: Props) {
  const bounds = boundsOf(outline.flat());
  if (bounds.maxX - bounds.minX > 180) return null;
  const p = fitProjection(bounds, W, H);
  const line = cc.startsWith('~l:');
  return (
    <svg class="locator" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={t('mapLabel')}>
      <path
        d={p.path(outline)}
        class={line ? 'feature-line' : 'feature-area'}
        fill={line ? 'none' : WATER}
        fill-opacity={line ? undefined : 0.35}
        stroke={WATER}
        stroke-width={line ? 1.6 : 0.8}
        stroke-linejoin="round"
      />
      <circle cx={p.x(lon)} cy={p.y(lat)} r="3.5" class="dot" />
    </svg>
  );
}
