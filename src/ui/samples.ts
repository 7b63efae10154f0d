// The bundled sample articles (samples/*.txt|md), each loaded only when opened.
const loaders = import.meta.glob<string>('/samples/*.{txt,md}', { query: '?raw', import: 'default' });

export interface Sample {
  /** File name, shown in the Samples menu and as the article title. */
  name: string;
  load: () => Promise<string>;
}

/** The worked example of DESIGN.md, opened on start. */
export const SEED_SAMPLE = '000_98b1f44858d35dbe.txt';

export const SAMPLES: readonly Sample[] = Object.entries(loaders)
  .map(([path, load]) => ({ name: path.slice(path.lastIndexOf('/') + 1), load }))
  .sort((a, b) => a.name.localeCompare(b.name));

export function findSample(name: string): Sample | undefined {
  return SAMPLES.find((sample) => sample.name === name);
}
