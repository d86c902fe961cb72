/**
 * Which requests the data host may answer (utils/protocol.ts): the background keeps the
 * class packs and makes the popup's writes, so the schemas for the host refuse those.
 */
import { describe, expect, it } from 'vitest';
import { backgroundRequest, hostPortRequest, hostRequest, isOwnRequest } from '../../utils/protocol.ts';

const siteSwitch = { type: 'site-switch', url: 'https://example.org/a', enabled: false };

describe('request routing', () => {
  it('accepts the site switch as a background request, with its fields checked', () => {
    const parsed = backgroundRequest.parse(siteSwitch);
    expect(isOwnRequest(parsed)).toBe(true);
    expect(backgroundRequest.safeParse({ ...siteSwitch, enabled: 'no' }).success).toBe(false);
    expect(backgroundRequest.safeParse({ type: 'site-switch', enabled: true }).success).toBe(false);
  });

  it("keeps the popup's writes and pack requests away from the data host", () => {
    const writes = [
      siteSwitch,
      { type: 'site-scope', url: 'https://example.org/a', scope: null },
      { type: 'page-date', url: 'https://example.org/a', date: '2021-08-27' },
    ];
    for (const request of [...writes, { type: 'packs-list' }]) {
      expect(hostPortRequest.safeParse({ id: 1, request }).success).toBe(false);
      expect(hostRequest.safeParse({ type: 'to-host', request }).success).toBe(false);
    }
  });

  it('lets the host answer dataset questions', () => {
    const request = { type: 'card', id: 'Q1' };
    expect(isOwnRequest(backgroundRequest.parse(request))).toBe(false);
    expect(hostPortRequest.safeParse({ id: 1, request }).success).toBe(true);
  });
});
