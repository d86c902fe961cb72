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
/** Water and relief share one colour in the card and the popup's map. */
export const WATER = '#3d85c6';

/** Whether a feature shape is a line (a river) rather than an area. */
export const isLineShape = (cc: string): boolean => cc.startsWith('~l:');

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
  const line = isLineShape(cc);
  return (
    <svg class="locator" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={t('mapLabel')}>
      <path
        d={p.path(outline, !line)}
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
