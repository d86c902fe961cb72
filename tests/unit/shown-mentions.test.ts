/**
 * What the settings show of a page's mentions (entrypoints/news.content/shown-mentions.ts):
 * the highlights, and the list hover and the keyboard read. The highlighter here records
 * what it is given; the browser's own is exercised by the e2e tests.
 */
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../engine/types.ts';
import type { Highlighter } from '../../entrypoints/news.content/highlighter.ts';
import type { PageMention } from '../../entrypoints/news.content/mention-list.ts';
import { ShownMentions } from '../../entrypoints/news.content/shown-mentions.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings.ts';

function mention(id: string, type: EntityType, extra: { collapsed?: boolean; dismissed?: boolean } = {}) {
  const wire = { start: 0, end: 1, id, name: id, type, score: 1, alias: id };
  const range = { collapsed: extra.collapsed ?? false } as Range;
  return { wire, original: wire, type, range, dismissed: extra.dismissed } as PageMention;
}

function setUp(state: { enabled?: boolean; previewing?: boolean; settings?: Partial<Settings> } = {}) {
  const painted = { attached: [] as string[], synced: [] as string[][], added: [] as string[] };
  const highlighter = {
    attach: (style: string) => painted.attached.push(style),
    sync: (list: PageMention[]) => painted.synced.push(list.map((m) => m.wire.id)),
    add: (_type: EntityType, range: Range) => painted.added.push(String(ranges.get(range))),
  } as unknown as Highlighter;
  const mentions: PageMention[] = [];
  const ranges = new Map<Range, string>();
  const settings = { ...DEFAULT_SETTINGS, ...state.settings };
  const shown = new ShownMentions(highlighter, {
    settings: () => settings,
    enabled: () => state.enabled ?? false,
    previewing: () => state.previewing ?? false,
    mentions: () => mentions,
  });
  const push = (...list: PageMention[]) => {
    for (const m of list) ranges.set(m.range, m.wire.id);
    mentions.push(...list);
    return list;
  };
  return { shown, painted, push };
}

const ids = (list: PageMention[]) => list.map((m) => m.wire.id);

describe('shown mentions', () => {
  it('show nothing before the settings allow a read', () => {
    const { shown, painted, push } = setUp();
    push(mention('kabul', 'place'));
    shown.repaint();
    expect(painted).toEqual({ attached: [], synced: [], added: [] });
    expect(shown.list()).toEqual([]);
  });

  it('highlight the preview, but hover and the keyboard wait for the whole read', () => {
    const { shown, painted, push } = setUp({ previewing: true });
    push(mention('kabul', 'place'), mention('taliban', 'armed-group'));
    shown.repaint();
    expect(painted.attached).toEqual(['underline']);
    expect(painted.synced).toEqual([['kabul', 'taliban']]);
    expect(shown.list()).toEqual([]);
  });

  it('leave out types switched off, names the reader dismissed and text the page removed', () => {
    const { shown, painted, push } = setUp({
      enabled: true,
      settings: { enabledTypes: { ...DEFAULT_SETTINGS.enabledTypes, place: false } },
    });
    push(
      mention('kabul', 'place'),
      mention('taliban', 'armed-group'),
      mention('ghani', 'person', { dismissed: true }),
      mention('baradar', 'person', { collapsed: true }),
      mention('isk', 'armed-group'),
    );
    shown.repaint();
    expect(painted.synced).toEqual([['taliban', 'isk']]);
    expect(ids(shown.list())).toEqual(['taliban', 'isk']);
  });

  it('highlight only the first mention of each entity when asked, and still list them all', () => {
    const { shown, painted, push } = setUp({ enabled: true, settings: { firstMentionOnly: true } });
    push(mention('kabul', 'place'), mention('taliban', 'armed-group'), mention('kabul', 'place'));
    shown.repaint();
    expect(painted.synced).toEqual([['kabul', 'taliban']]);
    expect(ids(shown.list())).toEqual(['kabul', 'taliban', 'kabul']);
  });

  it('add the highlights of a page read piece by piece, and list them once asked', () => {
    const { shown, painted, push } = setUp({ enabled: true });
    shown.repaint();
    shown.added(push(mention('kabul', 'place'), mention('ghani', 'person', { dismissed: true })));
    expect(painted.added).toEqual(['kabul']);
    expect(painted.synced).toEqual([[]]); // nothing painted again from scratch
    expect(ids(shown.list())).toEqual(['kabul']);
  });

  it('paint again from scratch when only first mentions are shown: an earlier one may come later', () => {
    const { shown, painted, push } = setUp({ enabled: true, settings: { firstMentionOnly: true } });
    shown.added(push(mention('kabul', 'place'), mention('kabul', 'place')));
    expect(painted.added).toEqual([]);
    expect(painted.synced).toEqual([['kabul']]);
  });
});
