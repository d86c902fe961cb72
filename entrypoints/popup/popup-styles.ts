export const POPUP_CSS = `
/* Whatever scrolls into view (a focused name, a clicked one) stays clear of the sticky footer. */
:root { color-scheme: light dark; scroll-padding-block-end: 96px; }
body { margin: 0; min-width: 340px; max-width: 400px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  background: Canvas; color: CanvasText; }
.popup { padding: 12px; display: grid; gap: 10px; }
.popup h1 { font-size: 16px; margin: 0; }
.row { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.switch { display: flex; align-items: center; gap: 6px; }
.group h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; margin: 8px 0 4px; opacity: .75; }
.group ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 2px; }
.entity { width: 100%; display: flex; justify-content: space-between; gap: 8px; border: 0; background: none;
  color: inherit; font: inherit; padding: 4px 6px; border-radius: 6px; cursor: pointer; text-align: start; }
.entity:hover, .entity:focus-visible { background: color-mix(in srgb, CanvasText 8%, transparent); }
.entity:focus-visible, input:focus-visible, a:focus-visible { outline: 2px solid #0b5cad; outline-offset: 1px; }
.count { opacity: .7; font-variant-numeric: tabular-nums; }
input[type=search] { width: 100%; box-sizing: border-box; padding: 6px 8px; font: inherit; border-radius: 6px;
  border: 1px solid color-mix(in srgb, CanvasText 30%, transparent); background: Canvas; color: CanvasText; }
.popup .nc-card { width: 100%; max-height: none; box-shadow: none; }
.muted { opacity: .75; }
.too-old { margin: 0 0 8px; padding: 6px 8px; border-radius: 6px; border: 1px solid #D55E00; }
.published { margin: 0 0 8px; font-size: 12px; }
.published .link { border: 0; background: none; padding: 0 2px; color: LinkText; text-decoration: underline; cursor: pointer; font: inherit; }
.date-form { display: inline-flex; gap: 4px; }
/* Settings stays in view however long the list of names grows. */
.popup-footer { display: flex; flex-wrap: wrap; gap: 4px 8px; justify-content: flex-end; align-items: center; border-block-start: 1px solid color-mix(in srgb, CanvasText 15%, transparent);
  padding-block: 8px 4px; position: sticky; bottom: 0; background: Canvas; }
.options-link { border: 0; background: none; padding: 2px 4px; font: inherit; color: LinkText; text-decoration: underline;
.page-export { flex-basis: 100%; display: flex; flex-wrap: wrap; gap: 4px; align-items: center; font-size: 12px; }
.page-export button { font: inherit; padding: 1px 6px; }
  cursor: pointer; border-radius: 4px; }
.options-link:focus-visible { outline: 2px solid #0b5cad; outline-offset: 1px; }
.places-map { margin: 0; border: 1px solid color-mix(in srgb, CanvasText 20%, transparent); border-radius: 8px; }
.places-map svg { display: block; }
.map-slot { aspect-ratio: 320 / 150; }
.places-map .outline { fill: color-mix(in srgb, CanvasText 8%, Canvas); stroke: color-mix(in srgb, CanvasText 45%, transparent); stroke-width: .6; }
.places-map .dot { fill: #CC79A7; stroke: Canvas; stroke-width: 1.2; cursor: pointer; }
`;
