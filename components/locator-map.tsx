/**
 * A small offline locator map: the country's outline (Natural Earth via
 * world-atlas, packaged with the extension) with the place as a dot.
 */
import { t } from '../utils/i18n.ts';

interface Props {
  lat: number;
  lon: number;
  cc: string;
  outline?: number[][][] | undefined;
}

const W = 120;
const H = 80;

export function LocatorMap({ lat, lon, outline }: Props) {
  if (!outline || outline.length === 0) return null;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const ring of outline) {
    for (const [x, y] of ring) {
      minX = Math.min(minX, x!);
      maxX = Math.max(maxX, x!);
      minY = Math.min(minY, y!);
      maxY = Math.max(maxY, y!);
    }
  }
  // Countries spanning the antimeridian would stretch across the world; show the dot only.
  if (maxX - minX > 180) return null;
  const pad = 0.08;
  const sx = (W * (1 - 2 * pad)) / Math.max(maxX - minX, 0.5);
  const sy = (H * (1 - 2 * pad)) / Math.max(maxY - minY, 0.5);
  const s = Math.min(sx, sy);
  const ox = (W - (maxX - minX) * s) / 2;
  const oy = (H - (maxY - minY) * s) / 2;
  const px = (x: number) => (ox + (x - minX) * s).toFixed(1);
  const py = (y: number) => (oy + (maxY - y) * s).toFixed(1);
  const d = outline.map((ring) => `M${ring.map(([x, y]) => `${px(x!)},${py(y!)}`).join('L')}Z`).join('');
  return (
    <svg class="locator" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={t('mapLabel')}>
      <path d={d} class="outline" />
      <circle cx={px(lon)} cy={py(lat)} r="3.5" class="dot" />
    </svg>
  );
}
