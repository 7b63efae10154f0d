// The bundled sample articles (samples/*.txt|md, and the source + translation pairs in samples/bilingual/), each loaded only when opened.
const loaders = import.meta.glob<string>('/samples/*.{txt,md}', { query: '?raw', import: 'default' });
const bilingualLoaders = import.meta.glob<string>('/samples/bilingual/*.txt', { query: '?raw', import: 'default' });

export interface Sample {
  /** File name, shown in the Samples menu and as the article title. */
  name: string;
  load: () => Promise<string>;
  /** Pairs only: the source article, opened beside the translation and aligned with it. */
  source?: { name: string; load: () => Promise<string> };
}

/** The worked example of DESIGN.md, opened on start. */
export const SEED_SAMPLE = '000_98b1f44858d35dbe.txt';

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

// A pair is <doc>.<source lang>.txt beside <doc>.<target lang>.txt; English is the source of the bundled pairs.
function bilingualSamples(): Sample[] {
  const samples: Sample[] = [];
  for (const [path, load] of Object.entries(bilingualLoaders)) {
    const match = /^(.*)\.en\.txt$/u.exec(path);
    if (!match) continue;
    for (const [targetPath, loadTarget] of Object.entries(bilingualLoaders)) {
      if (targetPath !== path && targetPath.startsWith(`${match[1]}.`)) {
        samples.push({ name: fileName(targetPath), load: loadTarget, source: { name: fileName(path), load } });
      }
    }
  }
  return samples;
}

export const SAMPLES: readonly Sample[] = [
  ...Object.entries(loaders).map(([path, load]) => ({ name: fileName(path), load })),
  ...bilingualSamples(),
].sort((a, b) => a.name.localeCompare(b.name));

export function findSample(name: string): Sample | undefined {
  return SAMPLES.find((sample) => sample.name === name);
}
