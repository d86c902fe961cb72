import { describe, expect, it } from 'vitest';
import { BLOCK_BREAK } from '../../engine/text/collect.ts';
import { htmlToText } from '../../scripts/lib/html-text.ts';

const page = `<!doctype html><html><head><title>Kabul</title><style>.x{}</style>
<script type="application/ld+json">{"about":"Taliban"}</script></head><body>
<nav><a href="#">Analysis</a></nav>
<article><h1>IS-K in <b>Nangar</b>har</h1><p>Former president <b>Ashraf</b> Ghani met Abdul Ghani <a href="#">Baradar</a>.</p>
<p>Second paragraph about Kabul<br>airport.</p></article>
<textarea>Taliban in the comment box</textarea><input value="Kabul in the search box">
<div contenteditable="true">Draft about Jalalabad</div><div contenteditable="false">Editable off: Herat</div>
<select><option>Kandahar option</option></select><noscript>Kunduz noscript</noscript>
<template><p>Template Balochistan</p></template><svg><text>Nimroz svg</text></svg>
<script>var x = "Pakistan";</script></body></html>`;

describe('text collection (the content script and the CLI share it)', () => {
  it('skips scripts, styles, form fields, contenteditable, templates and svg', async () => {
    const text = await htmlToText(page);
    for (const hidden of [
      'comment box',
      'search box',
      'Draft about',
      'Kandahar option',
      'Kunduz',
      'Template',
      'Nimroz',
      'Pakistan',
      '"about"',
    ]) {
      expect(text, hidden).not.toContain(hidden);
    }
    expect(text).toContain('Editable off: Herat');
  });
  it('keeps names split across inline tags whole and separates blocks', async () => {
    const text = await htmlToText(page);
    expect(text).toContain('IS-K in Nangarhar');
    expect(text).toContain('Former president Ashraf Ghani met Abdul Ghani Baradar.');
    // A line break and a new block are breaks no name may span.
    expect(text).toContain(`Kabul${BLOCK_BREAK}airport`);
    expect(text).toContain(`Nangarhar${BLOCK_BREAK}Former`);
  });
});
