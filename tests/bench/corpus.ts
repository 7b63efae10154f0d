// The German benchmark text: lines of the shared corpus grouped into pseudo-articles, read from ../shared next to the repo.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const repoRoot = join(import.meta.dirname, '..', '..');

/** Lines of a shared corpus file; exits with a clear message when the file is missing. */
export function readCorpusLines(file: string): string[] {
  const path = join(repoRoot, '..', 'shared', 'corpus', file);
  if (!existsSync(path)) {
    console.error(`Benchmark corpus not found: ${path}\nThe benchmarks need the shared corpus next to the repository (../shared/corpus/${file}).`);
    process.exit(1);
  }
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim());
}

/** Pseudo-articles of 15–30 lines joined by "\n", the same on every run (a fixed-seed generator picks the sizes). */
export function germanArticles(): string[] {
  const lines = readCorpusLines('references-de.txt');
  const articles: string[] = [];
  let seed = 42;
  for (let i = 0; i < lines.length; ) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const size = 15 + (seed % 16);
    articles.push(lines.slice(i, i + size).join('\n'));
    i += size;
  }
  return articles;
}

/** Articles joined by "\n" (cycling through them) until the text holds at least `bytes` UTF-8 bytes, cut at a line end. */
export function textOfSize(articles: string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    for (const line of articles[i % articles.length]!.split('\n')) {
      if (size >= bytes) break;
      parts.push(line);
      size += Buffer.byteLength(line) + 1;
    }
  }
  return parts.join('\n');
}

/**
 * Machine translations as whole documents: the segments of each (test set, MT system, document) of the MQM corpus,
 * one per line, in corpus order. Unlike germanArticles, no two are the same text: many systems translated the same
 * sources, so they share vocabulary as a pipeline's files would.
 */
export function machineTranslatedDocuments(): string[] {
  const documents = new Map<string, string[]>();
  for (const line of readCorpusLines('mqm-ende.jsonl')) {
    const row = JSON.parse(line) as { testset: string; system: string; doc: string; target: string; is_human: boolean };
    if (row.is_human) continue;
    const key = `${row.testset}\t${row.system}\t${row.doc}`;
    const segments = documents.get(key);
    if (segments) segments.push(row.target);
    else documents.set(key, [row.target]);
  }
  return [...documents.values()].map((segments) => segments.join('\n'));
}
