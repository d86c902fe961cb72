import { describe, expect, it } from 'vitest';
import { addHost, clampDelay, normaliseHost, removeHost } from '../../entrypoints/options/logic.ts';
import { DEFAULT_SETTINGS, siteOf } from '../../utils/settings.ts';

describe('options page: host names', () => {
  it('accepts host names and takes the host out of addresses, as siteOf does', () => {
    expect(normaliseHost('example.com')).toBe('example.com');
    expect(normaliseHost('  News.Example.COM ')).toBe('news.example.com');
    expect(normaliseHost('https://www.example.org/world/story?x=1#top')).toBe('www.example.org');
    expect(normaliseHost('example.net:8080/path')).toBe('example.net');
    expect(normaliseHost('127.0.0.1')).toBe('127.0.0.1');
    expect(normaliseHost('localhost')).toBe('localhost');
    expect(normaliseHost('*.example.com')).toBe('example.com');
    expect(normaliseHost('example.com.')).toBe('example.com');
    expect(normaliseHost('file:///home/me/page.html')).toBe('file');
    expect(normaliseHost('http://[::1]:3000/')).toBe('[::1]');
    // Internationalised names are stored as the browser reports them (punycode).
    expect(normaliseHost('bücher.example')).toBe('xn--bcher-kva.example');
    for (const url of ['https://www.example.org/a', 'http://127.0.0.1:4000/x', 'https://bücher.example/']) {
      expect(normaliseHost(url)).toBe(siteOf(url));
    }
  });

  it('rejects what is not a host name', () => {
    for (const bad of [
      '',
      '   ',
      'not a host',
      'ftp://example.com',
      'user:pw@example.com',
      'a..b',
      '-a.com',
      'a_b.com',
      'javascript:alert(1)',
    ]) {
      expect(normaliseHost(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('adds a host once and removes it', () => {
    expect(addHost([], 'a.example')).toEqual(['a.example']);
    expect(addHost(['a.example'], 'a.example')).toEqual(['a.example']);
    expect(addHost(['a.example'], 'b.example')).toEqual(['a.example', 'b.example']);
    expect(removeHost(['a.example', 'b.example'], 'a.example')).toEqual(['b.example']);
    expect(removeHost(['a.example'], 'c.example')).toEqual(['a.example']);
  });
});

describe('options page: hover delay', () => {
  it('keeps the delay within 0–2000 ms in whole milliseconds', () => {
    expect(clampDelay(300)).toBe(300);
    expect(clampDelay('450')).toBe(450);
    expect(clampDelay(-20)).toBe(0);
    expect(clampDelay(99999)).toBe(2000);
    expect(clampDelay(123.6)).toBe(124);
    expect(clampDelay('')).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(clampDelay(Number.NaN)).toBe(DEFAULT_SETTINGS.hoverDelayMs);
  });
});
