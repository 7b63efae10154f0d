// Fixtures and builders shared by the project tests: XLIFF fixture files, works opened as the app opens them, export contexts.
import { readdirSync, readFileSync } from 'node:fs';
import { createDocument, type ArticleDocument } from '../../../src/core/document/document.ts';
import type { SegmentPart } from '../../../src/core/formats/bilingual.ts';
import type { ExportContext } from '../../../src/core/project/export-work.ts';
import type { TagAt, Work } from '../../../src/core/project/work.ts';
import { createReview } from '../../../src/core/review/review.ts';
import type { ReviewState } from '../../../src/core/review/types.ts';

const XLIFF_DIR = new URL('../../fixtures/xliff/', import.meta.url);

export const xliffFixture = (name: string) => readFileSync(new URL(name, XLIFF_DIR), 'utf8');

const BAD = /^(hostile|malformed|version)-/u;
const ALL_XLIFF = readdirSync(XLIFF_DIR).filter((name) => name.endsWith('.xlf')).sort();
/** The fixtures a CAT tool could have written; a new one joins every test by being added to the folder. */
export const GOOD_XLIFF = ALL_XLIFF.filter((name) => !BAD.test(name));
/** Entity attacks, broken XML and unsupported versions. */
export const BAD_XLIFF = ALL_XLIFF.filter((name) => BAD.test(name));

export const sample = (path: string) => readFileSync(new URL(`../../../samples/${path}`, import.meta.url), 'utf8');

/** The documents of a work, cut as the app cuts them (a side without declared language as `fallbackLang`). */
export function documentsOf(work: Work, fallbackLang = 'en'): { document: ArticleDocument; sourceDocument: ArticleDocument | null } {
  const document = createDocument(work.target.text, work.target.lang || fallbackLang, work.target.layout);
  const sourceDocument = work.source ? createDocument(work.source.text, work.source.lang || fallbackLang, work.source.layout) : null;
  return { document, sourceDocument };
}

export function contextOf(work: Work, review: Partial<ReviewState> = {}, title = 'Artikel'): ExportContext {
  return { work, ...documentsOf(work), review: { ...createReview(), ...review }, title };
}

/** A unit's text and tags as parts again, the way the bilingual model holds them (text runs merged, no empty runs). */
export function partsOf(text: string, tags: readonly TagAt[]): SegmentPart[] {
  const parts: SegmentPart[] = [];
  let cursor = 0;
  const pushText = (value: string) => {
    if (value) parts.push({ type: 'text', text: value });
  };
  for (const { offset, tag } of tags) {
    pushText(text.slice(cursor, offset));
    cursor = offset;
    parts.push({ type: 'tag', tag });
  }
  pushText(text.slice(cursor));
  return parts;
}

/** Adjacent text parts merged and empty ones dropped, so two part lists can be compared. */
export function normalized(parts: readonly SegmentPart[] | null): SegmentPart[] | null {
  if (!parts) return null;
  const out: SegmentPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (part.type === 'text' && !part.text) continue;
    if (part.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + part.text };
    else out.push(part);
  }
  return out;
}

/** Parts written compactly: text as it is, tags as their labels ({1}, {/1}, {2/}). */
export function show(parts: readonly SegmentPart[] | null): string {
  return (parts ?? []).map((part) => (part.type === 'text' ? part.text : part.tag.label)).join('');
}
