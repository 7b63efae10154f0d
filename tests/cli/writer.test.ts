// Tests for the streaming report writers: file by file they print exactly what one formatting of all files would.
import { describe, expect, it } from 'vitest';
import { LineIndex, type CheckedFile, type ReportFlag } from '../../src/cli/format/report.ts';
import { createReportWriter, type Format } from '../../src/cli/format/writer.ts';

function checkedFile(path: string, excerpt: string): CheckedFile {
  const flag: ReportFlag = {
    id: 'f1',
    check: 'missing-space',
    start: 3,
    end: 4,
    category: 'Fluency/Punctuation',
    severity: 'minor',
    messageId: 'afterPunctuation',
    data: { text: excerpt },
    suggestions: [{ start: 4, end: 4, replacement: ' ' }],
    line: 1,
    column: 4,
    excerpt,
    message: 'A space is missing.',
  };
  return { report: { path, lang: 'de', stats: { words: 2, sentences: 1 }, flags: [flag] }, encoding: 'utf-8', lines: new LineIndex('ab.Cd') };
}

function written(format: Format, files: CheckedFile[]): string {
  let out = '';
  const writer = createReportWriter(format, { write: (text) => void (out += text), version: '0.0.0', checks: [] });
  for (const file of files) writer.add(file, []);
  writer.finish({ unreadable: 0, failed: 0, notices: [] });
  return out;
}

describe('createReportWriter', () => {
  // Line and paragraph separators are line ends to a regex's ^ but not to JSON, which keeps them raw in strings.
  const tricky = [checkedFile('a.txt', 'x\u2028y\u2029z'), checkedFile('b "c".txt', 'line\nbreak\ttab \\ back'), checkedFile('ü.txt', '„quote“')];

  it.each([0, 1, 3])('prints JSON identical to JSON.stringify of all %i files', (count) => {
    const files = tricky.slice(0, count);
    expect(written('json', files)).toBe(`${JSON.stringify({ files: files.map((f) => f.report) }, null, 2)}\n`);
  });

  it('separates text blocks by an empty line and ends with the summary', () => {
    const out = written('text', tricky.slice(0, 2));
    const blocks = out.split('\n\n');
    expect(blocks).toHaveLength(3);
    expect(blocks[2]).toBe('2 flags (2 minor) in 2 files\n');
  });

  it('counts unreadable and failed files in the text summary', () => {
    let out = '';
    const writer = createReportWriter('text', { write: (text) => void (out += text), version: '0.0.0', checks: [] });
    writer.finish({ unreadable: 2, failed: 1, notices: [] });
    expect(out).toBe('0 flags in 0 files; 2 files not readable; 1 file not checked\n');
  });

  it('prints SARIF only at the end, as one document', () => {
    let out = '';
    const writer = createReportWriter('sarif', { write: (text) => void (out += text), version: '0.0.0', checks: [] });
    for (const file of tricky) writer.add(file);
    expect(out).toBe('');
    writer.finish({ unreadable: 0, failed: 0, notices: [] });
    expect((JSON.parse(out) as { runs: { results: unknown[] }[] }).runs[0]!.results).toHaveLength(3);
  });
});
