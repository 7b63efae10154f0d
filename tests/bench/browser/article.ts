// The articles the browser benchmark opens: a German one of N sentences built from the shared corpus, and the seed as the baseline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segment } from '../../../src/core/index.ts';
import { germanArticles } from '../corpus.ts';

export interface BenchArticle {
  /** The file name the app shows as the title. */
  name: string;
  text: string;
  sentences: number;
}

const SEED = join(import.meta.dirname, '..', '..', '..', 'samples', '000_98b1f44858d35dbe.txt');

/** Corpus lines, one paragraph each, until the segmenter counts `sentences`; the last line is cut after its sentence. */
export function generatedArticle(sentences: number): BenchArticle {
  const lines: string[] = [];
  let count = 0;
  // Past the corpus's end (about 10,600 sentences) the lines repeat, and so would near-duplicate flags.
  const corpus = germanArticles().flatMap((article) => article.split('\n'));
  while (count < sentences) {
    for (const line of corpus) {
      const spans = segment(line, 'de');
      if (count + spans.length <= sentences) {
        lines.push(line);
        count += spans.length;
      } else {
        lines.push(line.slice(0, spans[sentences - count - 1]!.end));
        count = sentences;
      }
      if (count >= sentences) break;
    }
  }
  return { name: `bench-${sentences}-sentences.txt`, text: `${lines.join('\n')}\n`, sentences: count };
}

/** The seed article under another name than the sample the app opens on start, so its opening can be told apart. */
export function seedArticle(): BenchArticle {
  const text = readFileSync(SEED, 'utf8');
  const sentences = text.split('\n').reduce((sum, line) => sum + segment(line, 'de').length, 0);
  return { name: 'baseline-000_98b1f44858d35dbe.txt', text, sentences };
}
