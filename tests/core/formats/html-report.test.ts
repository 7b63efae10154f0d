// The HTML report: summary, score and chart, annotations in context, and hostile article text shown as text only.
import { describe, expect, it } from 'vitest';
import { HTML_REPORT_CSP, escapeHtml, renderHtmlReport, type HtmlReportInput } from '../../../src/core/formats/html-report.ts';
import { annotationOn } from '../review/helpers.ts';

const hostile = 'Er schrieb <script>alert("x")</script> & </style><img src=x onerror=alert(1)> \'quoted\'.';

function input(extra: Partial<HtmlReportInput> = {}): HtmlReportInput {
  const sentences = ['Der Satz ist gut.', hostile];
  return {
    title: 'Artikel <b>1</b>',
    sourceLang: 'en',
    targetLang: 'de',
    words: 20,
    sentences,
    edits: {},
    annotations: [
      annotationOn(hostile, '<script>', { sentence: 1, comment: '</li><script>bad()</script>', correction: '"&"' }),
      annotationOn('Der Satz ist gut.', 'gut', { sentence: 0, category: 'Style/Awkward', severity: 'minor' }),
    ],
    correctedText: `Der Satz ist gut. ${hostile}`,
    ...extra,
  };
}

describe('html-report', () => {
  it('shows hostile article, comment and title text escaped, never as markup', () => {
    const html = renderHtmlReport(input({ labels: { reportTitle: '<script>t()</script>' } }));
    expect(html.toLowerCase()).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html.match(/<\/style>/gu)).toHaveLength(1);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;/style&gt;');
    expect(html).toContain('&#39;quoted&#39;');
  });

  it('carries a strict CSP and loads nothing from outside', () => {
    const html = renderHtmlReport(input());
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${HTML_REPORT_CSP}">`);
    expect(HTML_REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(html).not.toMatch(/<[a-z][^>]*\s(?:src|href)=/iu);
  });

  it('marks the annotated span inside its sentence, in reading order', () => {
    const html = renderHtmlReport(input());
    expect(html).toContain('Der Satz ist <mark>gut</mark>.');
    expect(html).toContain('Er schrieb <mark>&lt;script&gt;</mark>alert');
    expect(html.indexOf('<mark>gut</mark>')).toBeLessThan(html.indexOf('<mark>&lt;script&gt;</mark>'));
  });

  it('marks the span in the edited text when the sentence was corrected', () => {
    const edited = 'Der Satz ist sehr gut.';
    const html = renderHtmlReport(
      input({ edits: { 0: edited }, annotations: [annotationOn(edited, 'sehr', { sentence: 0 })] }),
    );
    expect(html).toContain('Der Satz ist <mark>sehr</mark> gut.');
  });

  it('summarises the score from the annotations: 1 major + 1 minor on 20 words fails at 70', () => {
    const html = renderHtmlReport(input());
    expect(html).toMatch(/Quality score<\/th><td>70 <span class="fail">Failed/u);
    expect(html).toContain('<th scope="row">Annotations</th><td>2</td>');
    expect(html).toContain('<th scope="row">Sentences</th><td>2</td>');
  });

  it('draws one bar per category and severity, the largest penalty full width', () => {
    const html = renderHtmlReport(input());
    expect(html.match(/class="bar"/gu)).toHaveLength(2);
    expect(html).toContain('style="width:100%"');
    expect(html).toContain('style="width:20%"');
  });

  it('uses the labels it is given, for languages other than English', () => {
    const html = renderHtmlReport(
      input({ labels: { lang: 'de', correctedText: 'Korrigierter Text', severities: { major: 'Schwer' } as never } }),
    );
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<h2>Korrigierter Text</h2>');
    expect(html).toContain('Schwer');
    expect(html).toContain('Minor');
  });

  it('says there are no annotations instead of an empty list', () => {
    const html = renderHtmlReport(input({ annotations: [] }));
    expect(html).toContain('No annotations.');
    expect(html).not.toContain('<ol>');
  });

  it.each([
    ['&', '&amp;'],
    ['<>', '&lt;&gt;'],
    ['"\'', '&quot;&#39;'],
  ])('escapes %s', (raw, escaped) => {
    expect(escapeHtml(raw)).toBe(escaped);
  });
});
