// Locale completeness: every key the UI code uses exists in en and de, and the ui.json, mqm.json and workspace.json pairs match key for key.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, detectInitialUiLanguage } from '../../src/i18n/index.ts';
import en from '../../src/i18n/locales/en/ui.json';
import de from '../../src/i18n/locales/de/ui.json';
import enMqm from '../../src/i18n/locales/en/mqm.json';
import deMqm from '../../src/i18n/locales/de/mqm.json';
import enWorkspace from '../../src/i18n/locales/en/workspace.json';
import deWorkspace from '../../src/i18n/locales/de/workspace.json';
import { mqmCategories, severityMessageKeys } from '../../src/core/review/mqm.ts';

const SOURCE_DIRS = ['src/ui', 'src/store', 'src/i18n'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

const code = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(process.cwd(), dir))).map((path) => ({
  path,
  text: readFileSync(path, 'utf8'),
}));
const literalKeys = code.flatMap(({ text }) => [...text.matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => m[1]!));
// 'mqm:score.heading' is a key of the mqm namespace; keys without a namespace are the default ui namespace's.
const usedKeys = new Set(literalKeys.filter((key) => !key.includes(':')));
const usedMqmKeys = new Set(literalKeys.filter((key) => key.startsWith('mqm:')).map((key) => key.slice('mqm:'.length)));
const usedWorkspaceKeys = new Set(
  literalKeys.filter((key) => key.startsWith('workspace:')).map((key) => key.slice('workspace:'.length)),
);
// The typology names its keys as 'mqm.category.x'; inside the mqm namespace that is 'category.x'.
const typologyKeys = [
  ...mqmCategories.flatMap((category) => [category.messageKey, category.descriptionKey]),
  ...Object.values(severityMessageKeys),
].map((key) => key.replace(/^mqm\./, ''));
const locales = { en: flatten(en), de: flatten(de) };
const mqmLocales = { en: flatten(enMqm), de: flatten(deMqm) };
const workspaceLocales = { en: flatten(enWorkspace), de: flatten(deWorkspace) };

describe('ui locales', () => {
  it('finds translation calls in the code at all', () => {
    expect(usedKeys.size).toBeGreaterThan(20);
  });

  it('calls t() only with literal keys, so every key can be checked', () => {
    const dynamic = code.flatMap(({ path, text }) =>
      [...text.matchAll(/\bt\(\s*([^'\s)])/g)].map((m) => `${path}: t(${m[1]}…`),
    );
    expect(dynamic).toEqual([]);
  });

  it.each(Object.keys(locales) as (keyof typeof locales)[])('has every key the code uses in %s', (lng) => {
    const missing = [...usedKeys].filter((key) => !locales[lng].has(key));
    expect(missing).toEqual([]);
  });

  it('has the same keys, non-empty texts and the same placeholders in en and de', () => {
    expect([...locales.de.keys()].sort()).toEqual([...locales.en.keys()].sort());
    for (const [key, text] of locales.en) {
      const german = locales.de.get(key) ?? '';
      expect(text.trim(), key).not.toBe('');
      expect(german.trim(), key).not.toBe('');
      expect(placeholders(german), key).toEqual(placeholders(text));
    }
  });

  it('has no key in ui.json that the code never uses', () => {
    const unused = [...locales.en.keys()].filter((key) => !usedKeys.has(key));
    expect(unused).toEqual([]);
  });
});

describe('mqm locales', () => {
  it('finds mqm translation calls in the code at all', () => {
    expect(usedMqmKeys.size).toBeGreaterThan(20);
  });

  it('uses no namespace but ui, mqm and workspace', () => {
    expect(literalKeys.filter((key) => key.includes(':') && !/^(mqm|workspace):/.test(key))).toEqual([]);
  });

  it.each(Object.keys(mqmLocales) as (keyof typeof mqmLocales)[])(
    'has every key the code uses and a name and description for every MQM category and severity in %s',
    (lng) => {
      const missing = [...usedMqmKeys, ...typologyKeys].filter((key) => !mqmLocales[lng].has(key));
      expect(missing).toEqual([]);
    },
  );

  it('has the same keys, non-empty texts and the same placeholders in en and de', () => {
    expect([...mqmLocales.de.keys()].sort()).toEqual([...mqmLocales.en.keys()].sort());
    for (const [key, text] of mqmLocales.en) {
      const german = mqmLocales.de.get(key) ?? '';
      expect(text.trim(), key).not.toBe('');
      expect(german.trim(), key).not.toBe('');
      expect(placeholders(german), key).toEqual(placeholders(text));
    }
  });

  it('has no key in mqm.json that neither the code nor the typology uses', () => {
    const used = new Set([...usedMqmKeys, ...typologyKeys]);
    expect([...mqmLocales.en.keys()].filter((key) => !used.has(key))).toEqual([]);
  });
});

describe('workspace locales', () => {
  it('finds workspace translation calls in the code at all', () => {
    expect(usedWorkspaceKeys.size).toBeGreaterThan(10);
  });

  it.each(Object.keys(workspaceLocales) as (keyof typeof workspaceLocales)[])('has every key the code uses in %s', (lng) => {
    expect([...usedWorkspaceKeys].filter((key) => !workspaceLocales[lng].has(key))).toEqual([]);
  });

  it('has the same keys, non-empty texts and the same placeholders in en and de', () => {
    expect([...workspaceLocales.de.keys()].sort()).toEqual([...workspaceLocales.en.keys()].sort());
    for (const [key, text] of workspaceLocales.en) {
      const german = workspaceLocales.de.get(key) ?? '';
      expect(text.trim(), key).not.toBe('');
      expect(german.trim(), key).not.toBe('');
      expect(placeholders(german), key).toEqual(placeholders(text));
    }
  });

  it('has no key in workspace.json that the code never uses', () => {
    expect([...workspaceLocales.en.keys()].filter((key) => !usedWorkspaceKeys.has(key))).toEqual([]);
  });
});

describe('createI18n', () => {
  it('loads both namespaces for the requested language', () => {
    const i18n = createI18n('de');
    expect(i18n.t('header.paste')).toBe(de.header.paste);
    expect(i18n.hasResourceBundle('de', 'checks')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'checks')).toBe(true);
    expect(i18n.t('mqm:category.fluencyGrammar')).toBe(deMqm.category.fluencyGrammar);
    expect(i18n.t('workspace:filters.clear')).toBe(deWorkspace.filters.clear);
  });
});

describe('detectInitialUiLanguage', () => {
  it.each([
    { stored: 'de', browser: ['en-US'], expected: 'de' },
    { stored: null, browser: ['de-AT', 'en'], expected: 'de' },
    { stored: null, browser: ['fr-FR', 'en-GB'], expected: 'en' },
    { stored: null, browser: ['fr-FR'], expected: 'en' },
    { stored: 'xx', browser: ['de'], expected: 'de' },
  ])('picks $expected when stored=$stored and the browser says $browser', ({ stored, browser, expected }) => {
    expect(detectInitialUiLanguage({ getItem: () => stored }, browser)).toBe(expected);
  });
});
