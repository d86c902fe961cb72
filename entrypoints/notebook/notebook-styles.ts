/** The notebook page's styles: the options page's (colours, controls, focus ring) and a wider list layout. */
import { OPTIONS_CSS } from '../options/options-styles.ts';

export const NOTEBOOK_CSS = `${OPTIONS_CSS}
.notebook { max-width: 860px; margin: 0 auto; padding: 24px 20px 48px; display: grid; gap: 16px; }
.row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
select { font: inherit; color: inherit; background: var(--bg); border: 1px solid var(--field-line);
  border-radius: 6px; padding: 4px 8px; }
input[type=search] { background: var(--bg); border: 1px solid var(--field-line); border-radius: 6px;
  padding: 5px 8px; min-inline-size: 200px; flex: 1; }
.filters { display: flex; gap: 12px; flex-wrap: wrap; align-items: end; }
.filters > div { display: grid; gap: 2px; }
.filters .grow { flex: 1; min-inline-size: 200px; }
.pins { list-style: none; margin: 0; padding: 0; display: grid; gap: 12px; }
.pin { border: 1px solid var(--line); border-radius: 10px; padding: 10px 14px; }
.pin-head { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; flex-wrap: wrap; }
h3 { font-size: 16px; margin: 0; }
.role { color: var(--muted); margin: 0; font-size: 13.5px; }
.seen { list-style: none; margin: 8px 0 0; padding: 0; display: grid; gap: 8px; }
.seen li { border-block-start: 1px solid var(--line); padding-block-start: 6px; }
.seen a { color: var(--accent); overflow-wrap: anywhere; }
blockquote { margin: 4px 0; padding-inline-start: 10px; border-inline-start: 3px solid var(--line); }
.danger { color: var(--danger); }
.alert { border: 2px solid var(--danger); border-radius: 10px; padding: 10px 14px; display: grid; gap: 8px; }
.alert p { margin: 0; }
.errors { margin: 4px 0 0; padding-inline-start: 20px; color: var(--danger); overflow-wrap: anywhere; }
.visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }
`;
