// Prints `revisor check` output file by file as results arrive; formats that are one document (SARIF) wait for the end.
import type { CheckMeta } from '../../core/index.ts';
import { MQM_TSV_HEADER, formatMqmTsvRows, type MqmTsvRow } from './mqm-tsv.ts';
import type { CheckedFile, Notice } from './report.ts';
import { formatSarif } from './sarif.ts';
import { addToTally, createTextTally, formatTextFile, formatTextSummary } from './text.ts';

export const FORMATS = ['text', 'json', 'sarif', 'mqm-tsv'] as const;
export type Format = (typeof FORMATS)[number];

/** How the run went, for the parts printed at the end. */
export interface RunEnd {
  unreadable: number;
  failed: number;
  notices: readonly Notice[];
}

export interface ReportWriter {
  /** One checked file, in command-line order; `mqmRows` only for mqm-tsv. */
  add(file: CheckedFile, mqmRows?: readonly MqmTsvRow[]): void;
  finish(end: RunEnd): void;
}

export interface WriterOptions {
  write: (text: string) => void;
  /** For SARIF: the tool version and the checks that ran. */
  version: string;
  checks: readonly CheckMeta[];
}

export function createReportWriter(format: Format, options: WriterOptions): ReportWriter {
  switch (format) {
    case 'text':
      return textWriter(options.write);
    case 'json':
      return jsonWriter(options.write);
    case 'sarif':
      return sarifWriter(options);
    case 'mqm-tsv':
      return mqmTsvWriter(options.write);
  }
}

function textWriter(write: (text: string) => void): ReportWriter {
  const tally = createTextTally();
  return {
    add(file) {
      addToTally(tally, file);
      // Blocks are separated by an empty line, and the summary by one more.
      write(`${formatTextFile(file)}\n`);
    },
    finish({ unreadable, failed }) {
      write(formatTextSummary({ ...tally, unreadable, failed }));
    },
  };
}

/** Prints exactly what JSON.stringify({ files }, null, 2) would, one file at a time. */
function jsonWriter(write: (text: string) => void): ReportWriter {
  let count = 0;
  return {
    add({ report }) {
      // JSON.stringify escapes line breaks inside strings, so every "\n" here starts a line of the structure.
      const indented = JSON.stringify(report, null, 2)
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n');
      write(`${count === 0 ? '{\n  "files": [\n' : ',\n'}${indented}`);
      count += 1;
    },
    finish() {
      write(count === 0 ? '{\n  "files": []\n}\n' : '\n  ]\n}\n');
    },
  };
}

function sarifWriter({ write, version, checks }: WriterOptions): ReportWriter {
  const files: CheckedFile[] = [];
  return {
    add(file) {
      files.push(file);
    },
    finish({ notices }) {
      write(formatSarif(files, { version, checks, notices }));
    },
  };
}

function mqmTsvWriter(write: (text: string) => void): ReportWriter {
  let hasHeader = false;
  const writeHeader = () => {
    if (!hasHeader) write(MQM_TSV_HEADER);
    hasHeader = true;
  };
  return {
    add(_file, rows = []) {
      writeHeader();
      write(formatMqmTsvRows(rows));
    },
    finish() {
      writeHeader();
    },
  };
}
