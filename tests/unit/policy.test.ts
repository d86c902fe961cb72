/** School-managed settings: what an administrator's policy may set, and what a bad one does. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { managedSchema } from '../../utils/policy-schema.ts';
import { applyPolicy, EMPTY_POLICY, isLocked, parsePolicy, POLICY_SETTINGS } from '../../utils/policy.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings.ts';

afterEach(() => vi.restoreAllMocks());

describe('managed policy', () => {
  it('reads defaults, locks, hidden parts and packs', () => {
    const p = parsePolicy({
      defaults: { hoverDelayMs: 800 },
      locked: { highlightStyle: 'background', enabledTypes: { person: false } },
      hide: ['siteSwitch', 'export'],
      packs: ['{"version":1}'],
    });
    expect(p).toEqual({
      defaults: { hoverDelayMs: 800 },
      locked: { highlightStyle: 'background', enabledTypes: { person: false } },
      hide: ['siteSwitch', 'export'],
      packs: ['{"version":1}'],
    });
  });

  it('drops each bad value with a warning and keeps the rest', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const p = parsePolicy({
      locked: { highlightStyle: 'glitter', hoverDelayMs: 300, nonsense: 1 },
      defaults: 'not an object',
      hide: ['siteSwitch', 'everything'],
      packs: { not: 'a list' },
    });
    expect(p).toEqual({ defaults: {}, locked: { hoverDelayMs: 300 }, hide: ['siteSwitch'], packs: [] });
    const warnings = warn.mock.calls.map((c) => String(c[0]));
    expect(warnings).toHaveLength(5);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringContaining('locked.highlightStyle'),
        expect.stringContaining('locked.nonsense'),
        expect.stringContaining('defaults'),
        expect.stringContaining('hide'),
        expect.stringContaining('packs'),
      ]),
    );
    expect(parsePolicy(undefined)).toEqual(EMPTY_POLICY);
    expect(parsePolicy('garbage')).toEqual(EMPTY_POLICY);
  });

  it('checks each setting against its own rule', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const good = {
      enabledTypes: { person: false, place: true },
      highlightStyle: 'none',
      hoverDelayMs: 2000,
      firstMentionOnly: true,
      siteMode: 'allowlist',
      allowSites: ['example.org'],
      denySites: [],
      scope: 'page',
    };
    expect(parsePolicy({ locked: good }).locked).toEqual(good);
    const bad = {
      enabledTypes: { person: false, weather: true },
      highlightStyle: 'glitter',
      hoverDelayMs: 2001,
      firstMentionOnly: 'yes',
      siteMode: 'some',
      allowSites: ['example.org', ''],
      denySites: 'example.org',
      scope: ['page'],
    };
    expect(parsePolicy({ locked: bad }).locked).toEqual({});
    expect(parsePolicy({ locked: { hoverDelayMs: 1.5 } }).locked).toEqual({});
    expect(parsePolicy({ locked: { enabledTypes: [true] } }).locked).toEqual({});
    expect(parsePolicy({ locked: { allowSites: ['x'.repeat(254)] } }).locked).toEqual({});
    expect(parsePolicy({ locked: { denySites: Array(5001).fill('a.org') } }).locked).toEqual({});
    // A key named after an Object.prototype member is not a setting.
    expect(parsePolicy({ locked: { toString: 'x', constructor: {} } }).locked).toEqual({});
  });

  it('applies its defaults only where the user chose nothing, and its locks always', () => {
    const policy = parsePolicy({ defaults: { hoverDelayMs: 800 }, locked: { highlightStyle: 'none' } });
    const fresh = applyPolicy(null, DEFAULT_SETTINGS, policy);
    expect(fresh.hoverDelayMs).toBe(800);
    expect(fresh.highlightStyle).toBe('none');
    const chosen: Settings = { ...DEFAULT_SETTINGS, hoverDelayMs: 100, highlightStyle: 'background' };
    const applied = applyPolicy(chosen, DEFAULT_SETTINGS, policy);
    expect(applied.hoverDelayMs).toBe(100);
    expect(applied.highlightStyle).toBe('none');
  });

  it('locks one entity type without touching the others', () => {
    const policy = parsePolicy({ locked: { enabledTypes: { place: false } } });
    const s = applyPolicy({ ...DEFAULT_SETTINGS }, DEFAULT_SETTINGS, policy);
    expect(s.enabledTypes).toEqual({ ...DEFAULT_SETTINGS.enabledTypes, place: false });
    expect(isLocked(policy, 'enabledTypes', 'place')).toBe(true);
    expect(isLocked(policy, 'enabledTypes', 'person')).toBe(false);
    expect(isLocked(policy, 'highlightStyle')).toBe(false);
  });

  it("makes a locked scope hold on every site, over the reader's per-site choices", () => {
    const chosen: Settings = {
      ...DEFAULT_SETTINGS,
      scope: 'page',
      siteScopes: { 'www.bbc.co.uk': 'page', 'example.org': 'article' },
    };
    const locked = applyPolicy(chosen, DEFAULT_SETTINGS, parsePolicy({ locked: { scope: 'article' } }));
    expect(locked.scope).toBe('article');
    expect(locked.siteScopes).toEqual({});
    // Without a lock the reader's per-site choices stand.
    const free = applyPolicy(chosen, DEFAULT_SETTINGS, parsePolicy({ defaults: { scope: 'article' } }));
    expect(free.siteScopes).toEqual(chosen.siteScopes);
    expect(free.scope).toBe('page');
  });

  it('declares every setting it reads in the schema Chromium checks policies against', () => {
    const schema = managedSchema() as {
      properties: Record<string, { properties?: Record<string, unknown> }>;
    };
    for (const part of ['defaults', 'locked']) {
      expect(Object.keys(schema.properties[part]!.properties!).sort()).toEqual([...POLICY_SETTINGS].sort());
    }
    expect(Object.keys(schema.properties).sort()).toEqual(['defaults', 'hide', 'locked', 'packs']);
  });
});
