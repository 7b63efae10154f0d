// JSON output of `revisor check`: `{ files: [{ path, lang, stats, flags }] }` as DESIGN.md specifies.
import type { CheckedFile } from './report.ts';

export function formatJson(files: readonly CheckedFile[]): string {
  return `${JSON.stringify({ files: files.map((file) => file.report) }, null, 2)}\n`;
}
