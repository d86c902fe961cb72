/**
 * The policy's kept copy (utils/policy.ts): at a browser's launch Chromium gives
 * `storage.managed` only seconds later, so a page starts with the copy and then follows
 * the policy itself.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_POLICY, policyCacheItem, rememberPolicy, type ManagedPolicy } from '../../utils/policy.ts';
import { readSettings } from '../../utils/settings.ts';

/** `storage.managed.get` answers only when `answer` is called, as at a browser's launch. */
function slowPolicy(): (policy: unknown) => void {
  let answer: (policy: unknown) => void = () => undefined;
  const pending = new Promise((resolve) => (answer = resolve));
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(pending as never);
  return answer;
}

const locking = (style: 'background' | 'none'): ManagedPolicy => ({
  ...EMPTY_POLICY,
  locked: { highlightStyle: style },
});

describe('the policy’s kept copy', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('a page starts with the copy while the browser is slow, then gets the policy itself', async () => {
    await policyCacheItem.setValue(locking('background'));
    const answer = slowPolicy();
    const { first, fresh } = readSettings();
    expect((await first).highlightStyle).toBe('background');
    answer({ locked: { highlightStyle: 'none' } });
    expect((await fresh).highlightStyle).toBe('none');
  });

  it('with no copy yet, a page waits for the policy', async () => {
    const answer = slowPolicy();
    const { first } = readSettings();
    let settled = false;
    void first.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(settled).toBe(false);
    answer({ locked: { highlightStyle: 'none' } });
    expect((await first).highlightStyle).toBe('none');
  });

  it('a damaged copy loses its bad fields only, as a bad policy does', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await policyCacheItem.setValue({
      locked: { highlightStyle: 'purple', firstMentionOnly: true },
      defaults: 5,
    } as unknown as ManagedPolicy);
    slowPolicy();
    const first = await readSettings().first;
    expect(first.highlightStyle).toBe('underline');
    expect(first.firstMentionOnly).toBe(true);
    expect(warn).toHaveBeenCalled();
  });

  it('the background writes the copy only when the policy changed', async () => {
    expect(await rememberPolicy(locking('none'))).toBe(true);
    expect(await rememberPolicy(locking('none'))).toBe(false);
    expect(await policyCacheItem.getValue()).toEqual(locking('none'));
    expect(await rememberPolicy(EMPTY_POLICY)).toBe(true);
    expect(await policyCacheItem.getValue()).toEqual(EMPTY_POLICY);
  });
});
