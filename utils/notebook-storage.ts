/**
 * The research notebook in storage: one versioned item (`local:notebook`) with a
 * migration per version bump (tested in tests/unit/notes-migration.test.ts), kept
 * apart from the settings so a full notebook never blocks a settings change.
 *
 * Writes can fail: `storage.local` has a quota (10 MB in Chromium without
 * `unlimitedStorage`). A failed write loses nothing: the store keeps the changes it
 * could not save, shows them, says why, and saves them with the next change or on
 * `retry()`; the reader can export meanwhile. No schema library here, so the content
 * script can pin through `pinToNotebook`.
 */
import { storage } from 'wxt/utils/storage';
import { migrateNotebookV1toV2, type NotebookV1 } from '../engine/notes/migrate.ts';
import {
  emptyNotebook,
  pin,
  type Notebook,
  type PinInput,
  type PinOutcome,
  type Stamp,
} from '../engine/notes/model.ts';
import { t } from './i18n.ts';
import { saveVersioned } from './versioned-item.ts';

export const newStamp = (): Stamp => ({ id: crypto.randomUUID(), now: new Date().toISOString() });

const NOTEBOOK_VERSION = 2;

export const notebookItem = storage.defineItem<Notebook>('local:notebook', {
  version: NOTEBOOK_VERSION,
  migrations: { 2: (old: NotebookV1 | Notebook | null) => migrateNotebookV1toV2(old, newStamp()) },
});

/** What storage is asked to do; `notebookArea` is the real one, the tests use a fake. */
export interface NotebookArea {
  getValue(): Promise<Notebook | null>;
  setValue(value: Notebook): Promise<void>;
  watch?(cb: (value: Notebook | null) => void): () => void;
}

/** The notebook item, saved with its version mark in the same write (see `saveVersioned`). */
export const notebookArea: NotebookArea = {
  getValue: () => notebookItem.getValue(),
  setValue: (value) => saveVersioned(notebookItem, NOTEBOOK_VERSION, value),
  watch: (cb) => notebookItem.watch(cb),
};

/** A stored value, or a new empty notebook where there is none (or it is unreadable). */
export function notebookOrEmpty(value: Notebook | null | undefined, stamp: Stamp = newStamp()): Notebook {
  return value && Array.isArray(value.projects) && value.projects.length > 0 ? value : emptyNotebook(stamp);
}

export interface SaveError {
  kind: 'quota' | 'failed';
  /** The browser's own message, for the record. */
  detail: string;
}

/** Chromium says "QUOTA_BYTES quota exceeded"; Firefox throws a QuotaExceededError. */
export function saveErrorOf(err: unknown): SaveError {
  const e = err as { name?: unknown; message?: unknown } | null;
  const name = typeof e?.name === 'string' ? e.name : '';
  const detail = typeof e?.message === 'string' ? e.message : String(err);
  return { kind: /quota/i.test(`${name} ${detail}`) ? 'quota' : 'failed', detail };
}

/** The message the UI shows for a failed save. */
export const saveErrorMessage = (error: SaveError): string =>
  error.kind === 'quota' ? t('notebookErrorQuota') : t('notebookErrorSave', error.detail);

export type PinResult = { ok: true; outcome: PinOutcome } | { ok: false; error: SaveError };

/**
 * Pin into the active project and save: what the card's Pin button, the pin command
 * and the context-menu item call, from the content script or the background.
 */
export async function pinToNotebook(
  input: PinInput,
  area: NotebookArea = notebookArea,
  now: string = new Date().toISOString(),
): Promise<PinResult> {
  try {
    const { notebook, outcome } = pin(notebookOrEmpty(await area.getValue()), input, now);
    if (outcome !== 'already-pinned') await area.setValue(notebook);
    return { ok: true, outcome };
  } catch (err) {
    return { ok: false, error: saveErrorOf(err) };
  }
}

export type Change = (nb: Notebook) => Notebook;

export interface StoreState {
  notebook: Notebook;
  /** Set while changes are shown but not saved. */
  error: SaveError | null;
  /** How many changes wait to be saved. */
  unsaved: number;
}

/**
 * The notebook page's copy of the notebook. Every change is applied at once to what
 * the page shows, then saved on top of the latest stored value (so a pin made in
 * another tab meanwhile is kept). A change that cannot be saved stays pending.
 */
export class NotebookStore {
  private stored: Notebook;
  private pending: Change[] = [];
  private error: SaveError | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(s: StoreState) => void>();
  private unwatch: (() => void) | undefined;

  private constructor(
    private readonly area: NotebookArea,
    initial: Notebook,
  ) {
    this.stored = initial;
  }

  static async open(area: NotebookArea = notebookArea): Promise<NotebookStore> {
    const store = new NotebookStore(area, notebookOrEmpty(await area.getValue()));
    store.unwatch = area.watch?.((value) => {
      if (value) store.stored = notebookOrEmpty(value);
      store.emit();
    });
    return store;
  }

  get state(): StoreState {
    const notebook = this.pending.reduce((nb, change) => change(nb), this.stored);
    return { notebook, error: this.error, unsaved: this.pending.length };
  }

  subscribe(listener: (s: StoreState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.unwatch?.();
    this.listeners.clear();
  }

  /** Apply a change now and save it; resolves with the state after the save (or its failure). */
  update(change: Change): Promise<StoreState> {
    this.pending.push(change);
    this.emit();
    return this.save();
  }

  /** Try again to save what is pending. */
  retry(): Promise<StoreState> {
    return this.save();
  }

  private save(): Promise<StoreState> {
    const run = this.queue.then(async () => {
      if (!this.pending.length) return this.state;
      const changes = [...this.pending];
      try {
        const latest = notebookOrEmpty(await this.area.getValue());
        const next = changes.reduce((nb, change) => change(nb), latest);
        await this.area.setValue(next);
        this.stored = next;
        this.pending = this.pending.slice(changes.length);
        this.error = null;
      } catch (err) {
        this.error = saveErrorOf(err);
      }
      this.emit();
      return this.state;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private emit(): void {
    const s = this.state;
    for (const l of this.listeners) l(s);
  }
}

/** What the card says after Pin: pinned, page added, already there, or why it could not be saved. */
export function pinResultMessage(result: PinResult): string {
  if (!result.ok) return saveErrorMessage(result.error);
  if (result.outcome === 'new-entity') return t('notebookPinNew');
  return t(result.outcome === 'new-page' ? 'notebookPinPage' : 'notebookPinAlready');
}
