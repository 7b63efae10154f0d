// Benchmark runner for `npm run bench`: runs each section in order; `npm run bench -- segment` runs only matching ones.
import * as analyzeBench from './analyze.bench.ts';
import * as jobsBench from './jobs.bench.ts';
import * as segmentBench from './segment.bench.ts';
import type { BenchSection } from './section.ts';

// Add new sections here, in the order they should run.
const sections: BenchSection[] = [segmentBench, analyzeBench, jobsBench];

const filters = process.argv.slice(2);
const selected = sections.filter((s) => filters.length === 0 || filters.some((f) => s.name.includes(f)));
if (selected.length === 0) {
  console.error(`No benchmark section matches ${filters.join(', ')}; sections: ${sections.map((s) => s.name).join(', ')}`);
  process.exit(1);
}
for (const section of selected) {
  console.log(`\n## ${section.name}\n`);
  await section.run();
}
