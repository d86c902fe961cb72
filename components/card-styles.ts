/**
 * Styles for the entity card, used inside the popover's shadow root and in the
 * popup. Pixel units only: `rem` would follow the page's root font size.
 */
export const CARD_CSS = `
.nc-card {
  --bg: #ffffff; --fg: #1b1b1f; --muted: #55565c; --line: #d9d9de; --accent: #0b5cad; --chip: #eef1f6;
  --person: #0072B2; --organization: #009E73; --armed-group: #D55E00; --place: #CC79A7; --other: #9a6a00;
  box-sizing: border-box; width: 360px; max-width: calc(100vw - 16px); max-height: min(70vh, 520px); overflow: auto;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0,0,0,.18); padding: 12px 14px;
  font: 400 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; text-align: start;
  letter-spacing: normal; word-spacing: normal; text-transform: none; font-style: normal;
}
@media (prefers-color-scheme: dark) {
  .nc-card { --bg: #1e1f24; --fg: #ececf1; --muted: #b4b5bd; --line: #3a3b44; --accent: #8cc4ff; --chip: #2b2d35;
    --person: #56B4E9; --organization: #3fd0a4; --armed-group: #ff8c4a; --place: #e59acb; --other: #f0b94a; }
}
@media (prefers-reduced-motion: no-preference) { .nc-card.popover { animation: nc-in .12s ease-out; } }
@keyframes nc-in { from { opacity: 0; } to { opacity: 1; } }
.nc-card * { box-sizing: border-box; font: inherit; color: inherit; }
.nc-card.popover { position: fixed; top: 0; left: 0; z-index: 2147483647; }
.nc-card:focus { outline: none; }
.nc-card :focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; border-radius: 3px; }
.card-header { display: flex; gap: 8px; align-items: flex-start; }
.heading { flex: 1; min-width: 0; }
.name { margin: 0; font-size: 17px; font-weight: 650; line-height: 1.25; }
.role { color: var(--muted); font-size: 13px; margin-top: 2px; }
.aka { color: var(--muted); font-size: 12px; margin-top: 2px; }
.badge { display: inline-block; font-size: 11px; font-weight: 600; padding: 0 6px; border-radius: 999px; color: #fff; vertical-align: 1px; }
/* Badge colours keep 4.5:1 with their text: white on the darker shades, near-black on the light ones. */
.badge-person { background: var(--person); } .badge-organization { background: #00704f; }
.badge-armed-group { background: #b34700; } .badge-place { background: var(--place); color: #1b1b1f; }
.badge-other { background: var(--other); }
@media (prefers-color-scheme: dark) {
  .badge { color: #1b1b1f; }
  .badge-organization { background: var(--organization); } .badge-armed-group { background: var(--armed-group); }
}
.description { margin: 8px 0; }
.pack-notes { margin: 8px 0; padding: 6px 8px; border-inline-start: 3px solid #E69F00; background: color-mix(in srgb, #E69F00 10%, transparent); border-radius: 4px; }
.pack-notes p { margin: 0 0 4px; }
.pack-source, .from-pack { font-size: 12px; font-weight: 600; }
.pack-notes .note { white-space: pre-line; }
.facts { margin: 6px 0; display: grid; gap: 3px; }
.fact { display: grid; grid-template-columns: 38% 1fr; gap: 8px; }
.fact dt { color: var(--muted); font-size: 12.5px; }
.fact dd { margin: 0; }
.asof { color: var(--muted); font-size: 12px; }
.source-marker { margin-inline-start: 4px; color: var(--accent); text-decoration: none; font-size: 12px; }
h3 { margin: 10px 0 4px; font-size: 12px; font-weight: 650; text-transform: uppercase; color: var(--muted); letter-spacing: .04em; }
ul { margin: 0; padding: 0; list-style: none; display: grid; gap: 3px; }
.relation { color: var(--muted); font-size: 12px; }
.chip { border: 1px solid var(--line); background: var(--chip); border-radius: 999px; padding: 1px 8px; cursor: pointer; font-size: 13px; min-height: 24px; }
.link { border: 0; background: none; padding: 0; color: var(--accent); cursor: pointer; text-decoration: underline; text-align: start; min-height: 24px; }
a { color: var(--accent); }
.back, .close { border: 1px solid var(--line); background: var(--chip); border-radius: 6px; cursor: pointer; min-width: 28px; height: 28px; line-height: 1; }
.pin { border: 1px solid var(--line); background: var(--chip); border-radius: 6px; cursor: pointer; height: 28px; margin-inline-end: 6px; padding: 0 8px; font: inherit; font-size: 12px; }
.pin-status { margin: 4px 0 0; font-size: 12px; min-height: 0; }
.pin-status:empty { display: none; }
/* The dataset's text is English: each paragraph takes the direction of its own text, so an
   English sentence in a right-to-left page keeps its punctuation where it belongs. */
.name, .role, .aka, .description, .fact dt, .fact dd, .designations li, .sources li, .why p, .dataset, .status {
  unicode-bidi: plaintext; }
/* Arrows point the way the text reads: mirrored in right-to-left pages and UI languages. */
.back:dir(rtl), .source-marker:dir(rtl) [aria-hidden="true"] { display: inline-block; transform: scaleX(-1); }
.why { margin-top: 8px; font-size: 13px; }
.why summary { cursor: pointer; color: var(--accent); }
.choices { margin-top: 4px; }
.choices-prompt { margin: 0 0 4px; }
.dataset { margin-top: 10px; color: var(--muted); font-size: 11.5px; }
.locator { float: inline-end; margin-block: 2px 4px; margin-inline: 8px 0; }
.locator .outline { fill: var(--chip); stroke: var(--muted); stroke-width: .8; }
.locator .dot { fill: var(--armed-group); stroke: var(--bg); stroke-width: 1.2; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.status { color: var(--muted); }
/* Time: what held on the article's date, terms and holders, numbered source notes. */
.then { margin: 6px 0; padding: 4px 8px; border-inline-start: 3px solid var(--accent); background: var(--chip); border-radius: 4px; font-size: 13px; unicode-bidi: plaintext; }
.terms li, .holders li { font-size: 13px; unicode-bidi: plaintext; }
.term-span, .term-more, .office { color: var(--muted); font-size: 12px; }
.term-current .term-span { color: var(--fg); }
.note-ref { margin-inline-start: 2px; color: var(--accent); text-decoration: none; font-size: 11px; padding: 0 2px; }
.note-ref sup { vertical-align: super; line-height: 0; }
.stale dd, .term.stale { color: var(--muted); }
.notes { margin-top: 8px; font-size: 12px; }
.notes summary { cursor: pointer; color: var(--accent); }
.notes ol { margin: 4px 0 0; padding-inline-start: 20px; display: grid; gap: 2px; }
.notes li { unicode-bidi: plaintext; overflow-wrap: anywhere; }
`;
