// Sizes of the built app's files, raw and gzipped, sorted by who loads them: index.html, lazily the page, the worker, dictionaries.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type AssetKind = 'initial' | 'lazy' | 'worker' | 'dictionary';

export interface AssetSize {
  file: string;
  kind: AssetKind;
  /** For dictionaries: which language's .aff or .dic this is. */
  note: string;
  raw: number;
  gzip: number;
}

const DICTIONARY_LANGS = ['de', 'en', 'es', 'fr'];

/** Relative chunk names a built chunk imports: statically (`from"./x.js"`) and dynamically (`import("./x.js")`, also with backticks). */
function importsOf(code: string): { static: string[]; dynamic: string[] } {
  const names = (pattern: RegExp) => [...code.matchAll(pattern)].map((match) => basename(match[1]!));
  return {
    static: names(/(?:\bfrom|\bimport)\s*["'`](\.\.?\/[\w./-]+\.js)["'`]/g),
    dynamic: names(/\bimport\(\s*["'`](\.\.?\/[\w./-]+\.js)["'`]\s*\)/g),
  };
}

/** The file names reachable from `roots`, following static imports only or dynamic ones too. */
function reachable(roots: string[], code: (file: string) => string, withDynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const imports = importsOf(code(file));
    queue.push(...imports.static, ...(withDynamic ? imports.dynamic : []));
  }
  return seen;
}

/** Which language's dictionary a built .aff/.dic is: the package file of the same size. */
function dictionaryNames(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const bySize = new Map<string, string>();
  for (const lang of DICTIONARY_LANGS) {
    const dir = dirname(require.resolve(`dictionary-${lang}`));
    for (const ext of ['aff', 'dic']) bySize.set(`${ext}:${statSync(join(dir, `index.${ext}`)).size}`, `${lang} .${ext}`);
  }
  return bySize;
}

export function measureBuild(outDir: string): AssetSize[] {
  const assetsDir = join(outDir, 'assets');
  const files = readdirSync(assetsDir);
  const code = (file: string) => (files.includes(file) ? readFileSync(join(assetsDir, file), 'utf8') : '');
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const htmlScripts = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
  ].map((match) => basename(match[1]!));
  const initial = reachable(htmlScripts, code, false);
  const worker = reachable(
    files.filter((file) => /\.worker-[\w-]+\.js$/.test(file)),
    code,
    true,
  );
  const dictionaries = dictionaryNames();
  const sizes: AssetSize[] = [];
  for (const file of files) {
    const isDictionary = /\.(aff|dic)$/.test(file);
    if (!file.endsWith('.js') && !file.endsWith('.wasm') && !isDictionary) continue;
    const bytes = readFileSync(join(assetsDir, file));
    const kind: AssetKind = isDictionary ? 'dictionary' : initial.has(file) ? 'initial' : worker.has(file) ? 'worker' : 'lazy';
    const note = isDictionary ? (dictionaries.get(`${file.split('.').pop()}:${bytes.byteLength}`) ?? '') : '';
    sizes.push({ file, kind, note, raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength });
  }
  const order: AssetKind[] = ['initial', 'lazy', 'worker', 'dictionary'];
  return sizes.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || b.gzip - a.gzip);
}
