// A self-contained HTML review report: summary, MQM score and chart, annotations in context, corrected text; all escaped.
import { defaultMqmWeights, defaultPassThreshold, scoreMqm } from '../review/mqm.ts';
import type { Annotation, AnnotationSeverity, MqmWeights } from '../review/types.ts';

/** Every visible string of the report, so the UI can pass its localised ones; English by default. */
export interface HtmlReportLabels {
  lang: string;
  reportTitle: string;
  summary: string;
  sourceLanguage: string;
  targetLanguage: string;
  words: string;
  sentences: string;
  annotations: string;
  mqmScore: string;
  qualityScore: string;
  penalty: string;
  penaltyPer100Words: string;
  passed: string;
  failed: string;
  byCategory: string;
  category: string;
  severity: string;
  count: string;
  sentence: string;
  source: string;
  comment: string;
  correction: string;
  noAnnotations: string;
  correctedText: string;
  severities: Record<AnnotationSeverity, string>;
  /** Category names by MQM id; an id without a label is shown as it is. */
  categories: Record<string, string>;
}

export const defaultHtmlReportLabels: HtmlReportLabels = {
  lang: 'en',
  reportTitle: 'Review report',
  summary: 'Summary',
  sourceLanguage: 'Source language',
  targetLanguage: 'Target language',
  words: 'Words',
  sentences: 'Sentences',
  annotations: 'Annotations',
  mqmScore: 'MQM score',
  qualityScore: 'Quality score',
  penalty: 'Penalty',
  penaltyPer100Words: 'Penalty per 100 words',
  passed: 'Passed',
  failed: 'Failed',
  byCategory: 'Errors by category',
  category: 'Category',
  severity: 'Severity',
  count: 'Count',
  sentence: 'Sentence',
  source: 'Source',
  comment: 'Comment',
  correction: 'Correction',
  noAnnotations: 'No annotations.',
  correctedText: 'Corrected text',
  severities: { neutral: 'Neutral', minor: 'Minor', major: 'Major', critical: 'Critical' },
  categories: {},
};

export interface HtmlReportInput {
  title: string;
  sourceLang?: string;
  targetLang: string;
  words: number;
  /** Original text of each sentence, by index. */
  sentences: readonly string[];
  /** Source text of each sentence in a bilingual review, by index. */
  sourceSentences?: readonly string[];
  /** Current text of edited sentences (the review's edits); annotation offsets index the current text. */
  edits: Readonly<Record<number, string>>;
  annotations: readonly Annotation[];
  correctedText: string;
  weights?: MqmWeights;
  passThreshold?: number;
  labels?: Partial<HtmlReportLabels>;
}

export const HTML_REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content and quoted attribute values: the five characters that can end either are replaced. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/gu, (c) => ESCAPES[c]!);
}

const SEVERITY_CLASSES: readonly AnnotationSeverity[] = ['neutral', 'minor', 'major', 'critical'];

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse}td,th{padding:.2rem .6rem;text-align:left;vertical-align:top}
.bar{display:inline-block;height:.9rem;background:#4a6fa5}.bar-cell{width:20rem}
.pass{color:#1d6b2c;font-weight:bold}.fail{color:#a61b1b;font-weight:bold}
mark{background:#ffe08a;padding:0 .1em}mark.empty{border-left:2px solid #a61b1b;background:none}
.annotation{border:1px solid #ddd;border-radius:4px;padding:.5rem .8rem;margin:.6rem 0}
.sev{font-size:.85rem;padding:0 .4rem;border-radius:3px;background:#eee}
.sev-major{background:#f4c7a1}.sev-critical{background:#e99}.sev-minor{background:#dde7f3}
.source{color:#555}.label{color:#555}
pre{white-space:pre-wrap;word-wrap:break-word;font:inherit;background:#f7f7f7;padding:1rem}
`;

function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * The report as one HTML document. Nothing from the article, the annotations or the labels is trusted: all of it is
 * escaped, and the CSP forbids scripts and every external resource, so the file is safe to open and to mail.
 */
export function renderHtmlReport(input: HtmlReportInput): string {
  const labels: HtmlReportLabels = {
    ...defaultHtmlReportLabels,
    ...input.labels,
    severities: { ...defaultHtmlReportLabels.severities, ...input.labels?.severities },
    categories: { ...defaultHtmlReportLabels.categories, ...input.labels?.categories },
  };
  const e = escapeHtml;
  const score = scoreMqm(input.annotations, input.words, input.weights ?? defaultMqmWeights, input.passThreshold ?? defaultPassThreshold);
  const categoryName = (id: string) => labels.categories[id] ?? id;
  const severityName = (severity: AnnotationSeverity) => labels.severities[severity];
  const severityClass = (severity: AnnotationSeverity) => (SEVERITY_CLASSES.includes(severity) ? severity : 'neutral');

  const summaryRows: [string, string][] = [
    ...(input.sourceLang ? [[labels.sourceLanguage, input.sourceLang] as [string, string]] : []),
    [labels.targetLanguage, input.targetLang],
    [labels.words, String(input.words)],
    [labels.sentences, String(input.sentences.length)],
    [labels.annotations, String(input.annotations.length)],
  ];
  const summary = summaryRows.map(([name, value]) => `<tr><th scope="row">${e(name)}</th><td>${e(value)}</td></tr>`).join('');

  const verdict = score.passed ? `<span class="pass">${e(labels.passed)}</span>` : `<span class="fail">${e(labels.failed)}</span>`;
  const scoreRows = [
    `<tr><th scope="row">${e(labels.qualityScore)}</th><td>${e(formatNumber(score.qualityScore))} ${verdict}</td></tr>`,
    `<tr><th scope="row">${e(labels.penalty)}</th><td>${e(formatNumber(score.penalty))}</td></tr>`,
    `<tr><th scope="row">${e(labels.penaltyPer100Words)}</th><td>${e(formatNumber(score.penaltyPer100Words))}</td></tr>`,
  ].join('');

  // Bars scale to the largest penalty (counts for neutral-only reports, where every penalty is 0); widths are numbers.
  const maxPenalty = Math.max(0, ...score.byCategory.map((row) => row.penalty));
  const maxCount = Math.max(1, ...score.byCategory.map((row) => row.count));
  const chart = score.byCategory
    .map((row) => {
      const fraction = maxPenalty > 0 ? row.penalty / maxPenalty : row.count / maxCount;
      const width = Math.max(1, Math.round(fraction * 100));
      return (
        `<tr><td>${e(categoryName(row.category))}</td><td><span class="sev sev-${severityClass(row.severity)}">` +
        `${e(severityName(row.severity))}</span></td><td>${row.count}</td><td>${e(formatNumber(row.penalty))}</td>` +
        `<td class="bar-cell"><span class="bar" style="width:${width}%"></span></td></tr>`
      );
    })
    .join('');

  const currentText = (index: number) => input.edits[index] ?? input.sentences[index] ?? '';
  const sorted = [...input.annotations].sort((a, b) => a.sentence - b.sentence || a.start - b.start || a.end - b.end);
  const annotationItems = sorted
    .map((annotation) => {
      const text = currentText(annotation.sentence);
      const fits = annotation.start >= 0 && annotation.start <= annotation.end && annotation.end <= text.length;
      const marked = fits
        ? `${e(text.slice(0, annotation.start))}<mark${annotation.start === annotation.end ? ' class="empty"' : ''}>` +
          `${e(text.slice(annotation.start, annotation.end))}</mark>${e(text.slice(annotation.end))}`
        : e(text);
      const source = input.sourceSentences?.[annotation.sentence];
      const rows = [
        ...(source !== undefined ? [`<p class="source"><span class="label">${e(labels.source)}:</span> ${e(source)}</p>`] : []),
        `<p>${marked}</p>`,
        ...(annotation.comment ? [`<p><span class="label">${e(labels.comment)}:</span> ${e(annotation.comment)}</p>`] : []),
        ...(annotation.correction
          ? [`<p><span class="label">${e(labels.correction)}:</span> ${e(annotation.correction)}</p>`]
          : []),
      ].join('');
      return (
        `<li class="annotation"><p><span class="label">${e(labels.sentence)} ${annotation.sentence + 1}</span> · ` +
        `${e(categoryName(annotation.category))} · <span class="sev sev-${severityClass(annotation.severity)}">` +
        `${e(severityName(annotation.severity))}</span></p>${rows}</li>`
      );
    })
    .join('');

  return `<!DOCTYPE html>
<html lang="${e(labels.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`${labels.reportTitle}: ${input.title}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${e(labels.reportTitle)}: ${e(input.title)}</h1>
<h2>${e(labels.summary)}</h2>
<table>${summary}</table>
<h2>${e(labels.mqmScore)}</h2>
<table>${scoreRows}</table>
<h2>${e(labels.byCategory)}</h2>
${chart ? `<table><thead><tr><th>${e(labels.category)}</th><th>${e(labels.severity)}</th><th>${e(labels.count)}</th><th>${e(labels.penalty)}</th><th></th></tr></thead><tbody>${chart}</tbody></table>` : `<p>${e(labels.noAnnotations)}</p>`}
<h2>${e(labels.annotations)}</h2>
${annotationItems ? `<ol>${annotationItems}</ol>` : `<p>${e(labels.noAnnotations)}</p>`}
<h2>${e(labels.correctedText)}</h2>
<pre>${e(input.correctedText)}</pre>
</body>
</html>
`;
}
