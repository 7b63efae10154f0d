// Keeps the registry honest: every check file registered under its own id, with cases and messages in every locale.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CheckDefinition } from '../../../src/core/checks/define-check.ts';
import { checks } from '../../../src/core/checks/index.ts';

const checksDir = new URL('../../../src/core/checks/', import.meta.url);
const locales = ['en', 'de'] as const;

// Ids are part of exported reviews and never change; a new check adds its id here.
const ALL_IDS = [
  'repeated-phrase',
  'garbled-word',
  'missing-space',
  'near-duplicate-sentence',
  'untranslated',
  'boilerplate',
  'unpaired-quote-bracket',
  'number-mismatch',
  'truncated-sentence',
  'length-ratio',
];

const checkFiles = readdirSync(checksDir)
  .filter((name) => name.endsWith('.ts') && name !== 'define-check.ts')
  .filter((name) => /\bdefineCheck\s*\(/.test(readFileSync(new URL(name, checksDir), 'utf8')))
  .map((name) => name.slice(0, -'.ts'.length));

function readMessages(lang: string): Record<string, Record<string, unknown>> {
  const url = new URL(`../../../src/i18n/locales/${lang}/checks.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, Record<string, unknown>>;
}

const isCheck = (value: unknown): value is CheckDefinition =>
  typeof value === 'object' && value !== null && 'meta' in value && 'detect' in value;

describe('check registry', () => {
  it('holds exactly the known check ids, each once', () => {
    const ids = checks.map((c) => c.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...ALL_IDS].sort());
  });

  it.each(checkFiles)('registers the check defined in %s.ts under that id', async (name) => {
    const module = (await import(`../../../src/core/checks/${name}.ts`)) as Record<string, unknown>;
    const defined = Object.values(module).filter(isCheck);
    expect(defined.length).toBeGreaterThan(0);
    for (const check of defined) {
      expect(check.meta.id).toBe(name);
      expect(checks).toContain(check);
    }
  });

  it.each(checks.map((c) => [c.meta.id, c] as const))('finds %s in a file of the same name', (id) => {
    expect(checkFiles).toContain(id);
  });

  it.each(checks.map((c) => [c.meta.id, c] as const))('has valid and invalid cases for %s', (_id, check) => {
    expect(check.cases.valid.length).toBeGreaterThan(0);
    expect(check.cases.invalid.length).toBeGreaterThan(0);
    for (const c of check.cases.invalid) {
      expect(c.findings.length).toBeGreaterThan(0);
      for (const f of c.findings) expect(check.meta.messages).toContain(f.messageId);
    }
  });

  describe.each(locales)('%s checks.json', (lang) => {
    const messages = readMessages(lang);

    it.each(checks.map((c) => [c.meta.id, c] as const))('has text for every message of %s', (id, check) => {
      expect(check.meta.messages.length).toBeGreaterThan(0);
      for (const messageId of check.meta.messages) {
        const text = messages[id]?.[messageId];
        expect(typeof text === 'string' && text.trim() !== '', `${lang}: ${id}.${messageId}`).toBe(true);
      }
    });

    it('has no key for a message that no check defines', () => {
      const known = new Map(checks.map((c) => [c.meta.id, c.meta.messages]));
      const stray = Object.entries(messages).flatMap(([id, byMessage]) =>
        known.has(id)
          ? Object.keys(byMessage).filter((m) => !known.get(id)!.includes(m)).map((m) => `${id}.${m}`)
          : [id],
      );
      expect(stray).toEqual([]);
    });
  });
});
