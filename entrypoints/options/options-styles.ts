/** The options page's styles: light and dark from prefers-color-scheme, logical properties, visible focus. */
export const OPTIONS_CSS = `
:root { color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1b1f; --muted: #55565c; --line: #d0d1d8; --field-line: #767680;
  --accent: #0b5cad; --chip: #eef1f6; --danger: #b3261e; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #1e1f24; --fg: #ececf1; --muted: #b4b5bd; --line: #3a3b44; --field-line: #8e8f99;
    --accent: #8cc4ff; --chip: #2b2d35; --danger: #ffb4ab; }
}
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
.options { max-width: 640px; margin: 0 auto; padding: 24px 20px 48px; display: grid; gap: 16px; }
h1 { font-size: 22px; margin: 0; }
h2, legend { font-size: 15px; font-weight: 650; margin: 0 0 6px; padding: 0; }
fieldset, .block { border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; margin: 0; min-width: 0; }
.choice { display: flex; align-items: center; gap: 8px; padding-block: 3px; }
.swatch { inline-size: 12px; block-size: 12px; border-radius: 3px; flex: none; }
input, button { font: inherit; color: inherit; }
input[type=checkbox], input[type=radio], input[type=range] { accent-color: var(--accent); margin: 0; }
input[type=text], input[type=number] { background: var(--bg); border: 1px solid var(--field-line);
  border-radius: 6px; padding: 5px 8px; }
input[type=number] { inline-size: 80px; }
button { background: var(--chip); border: 1px solid var(--field-line); border-radius: 6px; padding: 4px 12px; cursor: pointer; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.hint, .muted { color: var(--muted); font-size: 13.5px; margin: 0 0 6px; }
fieldset.bare { border: 0; padding: 0; margin: 0; }
.locked { font-size: 13.5px; margin: 0 0 6px; font-weight: 600; }
.choice .locked { margin: 0; font-weight: 400; color: var(--muted); }
.lock-icon { vertical-align: -1px; }
fieldset:disabled, fieldset:disabled label { opacity: .8; }
.preview { margin-block-start: 8px; padding: 8px 10px; border-radius: 6px; background: var(--chip);
  display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: baseline; }
.preview-label { color: var(--muted); font-size: 13.5px; }
.delay-row { display: flex; align-items: center; gap: 10px; flex-wrap: wrap; }
.delay-row input[type=range] { flex: 1; min-inline-size: 160px; }
.add-row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-block: 6px; }
.add-row label { flex-basis: 100%; }
.add-row input { flex: 1; min-inline-size: 180px; }
.hosts { list-style: none; margin: 6px 0 0; padding: 0; display: grid; gap: 4px; }
.hosts li { display: flex; justify-content: space-between; align-items: center; gap: 8px;
  padding-block: 2px; border-block-end: 1px solid var(--line); }
.host { overflow-wrap: anywhere; }
.error { color: var(--danger); margin: 0; }
.footer { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; }
.status { color: var(--muted); margin: 0; min-block-size: 1.5em; }
`;
