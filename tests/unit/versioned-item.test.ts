/**
 * Versioned items keep their version mark with their value (utils/versioned-item.ts):
 * a value saved without its mark was taken for version 1 by the next page, and its
 * migrations reset the settings or emptied the notebook.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeProject, emptyNotebook, type Notebook } from '../../engine/notes/model.ts';
import { notebookItem, pinToNotebook } from '../../utils/notebook-storage.ts';
import {
  DEFAULT_SETTINGS,
  getSettings,
  setSiteEnabled,
  settingsItem,
  type Settings,
} from '../../utils/settings.ts';
import { pinOf, T0 } from './notes-fixtures.ts';

/** The keys of each `storage.local.set` call made while `run` runs. */
async function setCallsOf(run: () => Promise<unknown>): Promise<string[][]> {
  const set = vi.spyOn(fakeBrowser.storage.local, 'set');
  try {
    await run();
    return set.mock.calls.map(([items]) => Object.keys(items as object).sort());
  } finally {
    set.mockRestore();
  }
}

describe('a versioned item is saved with its version mark', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the first settings save writes the value and its mark in one call', async () => {
    const calls = await setCallsOf(() => setSiteEnabled('https://news.example/a', false));
    expect(calls).toEqual([['settings', 'settings$']]);
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 3 } });
  });

  it('the first notebook save writes the value and its mark in one call', async () => {
    const calls = await setCallsOf(() => pinToNotebook(pinOf('person/a', 'https://a.example/1')));
    expect(calls).toEqual([['notebook', 'notebook$']]);
    expect(await fakeBrowser.storage.local.get('notebook$')).toEqual({ notebook$: { v: 2 } });
  });
});

describe('a current value whose mark was lost survives the migrations', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps every setting, the deny list and the site exceptions with it', async () => {
    const mine: Settings = {
      ...DEFAULT_SETTINGS,
      denySites: ['127.0.0.1'],
      hoverDelayMs: 800,
      scope: 'page',
      siteScopes: { 'live.example': 'article' },
    };
    await fakeBrowser.storage.local.set({ settings: mine });
    await settingsItem.migrate();
    expect(await getSettings()).toEqual(mine);
  });

  it('keeps every project and pin of the notebook', async () => {
    const notebook: Notebook = emptyNotebook({ id: 'p1', now: T0 });
    await fakeBrowser.storage.local.set({ notebook });
    await pinToNotebook(pinOf('person/a', 'https://a.example/1'), notebookItem, T0);
    const saved = (await notebookItem.getValue())!;
    await fakeBrowser.storage.local.remove('notebook$');
    await notebookItem.migrate();
    expect(await notebookItem.getValue()).toEqual(saved);
    expect(activeProject(saved).pins.map((p) => p.id)).toEqual(['person/a']);
  });
});
