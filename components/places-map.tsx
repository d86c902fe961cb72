/**
 * The popup's map of the places a page mentions: the outlines of their countries,
 * the shapes of the rivers, seas and ranges it names (drawn as the card draws them),
 * and a dot per place, fitted to what the page covers.
 */
import { t } from '../utils/i18n.ts';
import { isFeatureShape, isLineShape, WATER } from './feature-map.tsx';
import { boundsOf, fitProjection } from './map-projection.ts';

export interface MapPoint {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

interface Props {
  points: MapPoint[];
  outlines: Record<string, number[][][]>;
  onPick?: (id: string) => void;
}

const W = 320;
const H = 150;

export function PlacesMap({ points, outlines, onPick }: Props) {
  if (points.length === 0) return null;
  const keys = Object.keys(outlines);
  const rings = keys.filter((k) => !isFeatureShape(k)).flatMap((k) => outlines[k]!);
  const features = keys.filter(isFeatureShape);
  const shapes = keys.flatMap((k) => outlines[k]!);
  const all = [...shapes.flat(), ...points.map((p) => [p.lon, p.lat])];
  const bounds = boundsOf(all);
  // Outlines across the antimeridian (Russia, Fiji) would stretch the map: fit the dots alone.
  const fitted = bounds.maxX - bounds.minX > 200 ? boundsOf(points.map((p) => [p.lon, p.lat])) : bounds;
  const p = fitProjection(fitted, W, H, 0.1, 8);
  return (
    <figure class="places-map">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-label={t('popupMapLabel', String(points.length))}
      >
        <path d={p.path(rings)} class="outline" />
        {features.map((k) => {
          const line = isLineShape(k);
          return (
            <path
              key={k}
              d={p.path(outlines[k]!, !line)}
              class={line ? 'feature-line' : 'feature-area'}
              fill={line ? 'none' : WATER}
              fill-opacity={line ? undefined : 0.35}
              stroke={WATER}
              stroke-width={line ? 1.6 : 0.8}
              stroke-linejoin="round"
            />
          );
        })}
        {points.map((pt) => (
          <circle
            key={pt.id}
            cx={p.x(pt.lon)}
            cy={p.y(pt.lat)}
            r="4"
            class="dot"
            onClick={() => onPick?.(pt.id)}
          >
            <title>{pt.name}</title>
          </circle>
        ))}
      </svg>
    </figure>
  );
}
