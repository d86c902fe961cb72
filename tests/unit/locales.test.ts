/** Every locale has every English message, with the same placeholders. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const LOCALES = fileURLToPath(new URL('../../public/_locales', import.meta.url));
const load = (locale: string): Record<string, Message> =>
  JSON.parse(readFileSync(path.join(LOCALES, locale, 'messages.json'), 'utf8')) as Record<string, Message>;
const used = (m: string): string[] =>
  [...new Set([...m.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((x) => x[1]!.toLowerCase()))].sort();

const en = load('en');
const others = readdirSync(LOCALES).filter((l) => l !== 'en');

describe('locales', () => {
  it('has a French translation', () => {
    expect(others).toContain('fr');
  });

  for (const locale of others) {
    it(`${locale} translates every English message, with the same placeholders`, () => {
      const messages = load(locale);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const [key, m] of Object.entries(messages)) {
        expect(m.message.trim(), key).not.toBe('');
        expect(m.placeholders, key).toEqual(en[key]!.placeholders);
        expect(used(m.message), key).toEqual(used(en[key]!.message));
      }
    });
  }

  it('English placeholders are all declared', () => {
    for (const [key, m] of Object.entries(en)) {
      for (const name of used(m.message)) expect(Object.keys(m.placeholders ?? {}), key).toContain(name);
    }
  });
});
