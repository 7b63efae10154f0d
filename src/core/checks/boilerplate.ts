// Site furniture copied along with the article: domain-only footers, "Read more" links, share prompts, cookie notices.
import type { Span } from '../document/document.ts';
import { paragraphsOf } from './context-text.ts';
import { defineCheck, type Finding } from './define-check.ts';

// Common top-level domains only, so that a line like "Ende.Aus" is never taken for a site name.
const TLD =
  'com|net|org|info|biz|news|online|site|media|tv|io|co|me|eu|de|at|ch|li|lu|nl|be|fr|it|es|pt|pl|cz|ru|ua|uk|us|ca|au|in|cn|jp|tr|gr|se|dk|no|fi|ie|hu|ro';
const DOMAIN = `(?:https?://)?(?:www\\.)?[\\p{L}\\d](?:[\\p{L}\\d-]*[\\p{L}\\d])?(?:\\.[\\p{L}\\d-]+)*\\.(?:${TLD})/?`;
const DOMAIN_LINE = new RegExp(`^${DOMAIN}$`, 'iu');
// An aggregator's byline: "Quelle: bbabo.Net", "Source: example.com", "via example.com".
const SOURCE_LINE = new RegExp(`^(?:Quelle|Source|Via|Von|By|Aus|From|Weitere News auf|More at)\\s*:?\\s*${DOMAIN}\\.?$`, 'iu');

interface LinePattern {
  messageId: string;
  pattern: RegExp;
}

// Each pattern must match a whole line; a line that only starts with "Lesen Sie auch:" is a link to another article.
const LINE_PATTERNS: LinePattern[] = [
  {
    messageId: 'navigation',
    pattern:
      /^(?:(?:read|see) (?:more|also)|continue reading|related(?: articles| stories)?|more on this (?:story|topic)|mehr (?:lesen|dazu|zum thema|erfahren|anzeigen)|weiterlesen|weiter lesen|lesen sie (?:auch|mehr|weiter|hier)|auch interessant|das könnte sie auch interessieren|zum artikel|zurück zur startseite|back to top|nach oben)\b[\s:.…»>→-]*(?:$|(?<=:\s*).*)/iu,
  },
  {
    messageId: 'share',
    pattern:
      /^(?:(?:diesen |den )?artikel teilen|teilen sie diesen (?:artikel|beitrag)|share (?:this|on|via)\b.*|teilen auf\b.*|teilen:?|share:?|folgen sie uns (?:auf|bei)\b.*|follow us on\b.*|(?:jetzt )?(?:abonnieren sie|abonniere|subscribe to) (?:unseren|unsere|our)\b.*newsletter.*|(?:newsletter )?abonnieren|subscribe(?: now)?|click here\b.*|klicken sie hier\b.*)$/iu,
  },
  {
    messageId: 'cookies',
    pattern:
      /^(?:(?:diese|unsere) (?:website|webseite|seite) (?:verwendet|nutzt) cookies|wir (?:verwenden|nutzen) cookies|this (?:website|site) uses cookies|we use cookies|cookie-?(?:einstellungen|hinweis|richtlinie|settings|policy)|alle (?:cookies )?akzeptieren|accept (?:all )?cookies)\b.*$/iu,
  },
  {
    messageId: 'advertisement',
    pattern: /^(?:anzeige|werbung|advertisement|sponsored|gesponsert|sponsored content|ad)$/iu,
  },
  {
    messageId: 'copyright',
    pattern: /^(?:©|copyright\b|alle rechte vorbehalten|all rights reserved)(?!.*[.!?]\s+\p{Lu}).{0,80}$/iu,
  },
];

/** The span a suggestion removes so that the rest of the text closes up: the line and one adjacent line break. */
function lineRemoval(text: string, line: Span): { start: number; end: number } {
  const after = /^[^\S\r\n]*(?:\r\n|\n|\r)/.exec(text.slice(line.end));
  if (after) return { start: line.start, end: line.end + after[0].length };
  const before = /(?:\r\n|\n|\r)[^\S\r\n]*$/.exec(text.slice(0, line.start));
  return before ? { start: before.index, end: line.end } : { start: line.start, end: line.end };
}

function classify(line: string): Omit<Finding, 'start' | 'end'> | undefined {
  if (DOMAIN_LINE.test(line)) return { messageId: 'siteName', data: { site: line } };
  if (SOURCE_LINE.test(line)) return { messageId: 'byline' };
  if (line.length > 200) return undefined;
  for (const { messageId, pattern } of LINE_PATTERNS) if (pattern.test(line)) return { messageId };
  return undefined;
}

export const boilerplate = defineCheck({
  meta: {
    id: 'boilerplate',
    mqm: 'Accuracy/Addition',
    severity: 'minor',
    langs: ['*'],
    messages: ['siteName', 'byline', 'navigation', 'share', 'cookies', 'advertisement', 'copyright'],
  },
  detect(ctx) {
    const findings: Finding[] = [];
    for (const line of paragraphsOf(ctx)) {
      const found = classify(ctx.text.slice(line.start, line.end));
      if (!found) continue;
      const removal = lineRemoval(ctx.text, line);
      findings.push({ ...found, start: line.start, end: line.end, suggestions: [{ ...removal, replacement: '' }] });
    }
    return findings;
  },
  cases: {
    valid: [
      'Die Seite bbabo.Net berichtete zuerst darüber.',
      'Mehr als 100 Menschen wurden verletzt.',
      'Lesen Sie die Erklärung, sagte er.',
      'Teilen Sie uns Ihre Meinung mit.',
      'Die Anzeige wurde zurückgezogen.',
      'Werbung ist auf der Plattform verboten.',
      'Foto: dpa',
      'Er folgte ihnen auf Twitter.',
      'Ende.Aus',
      'Weitere Informationen unter www.example.org.\nDas Ministerium bestätigte den Bericht.',
      'Copyright-Streit: Das Gericht gab dem Verlag recht. Der Autor kündigte Berufung an.',
    ],
    invalid: [
      {
        text: 'Stattdessen bezeichnete Peking die Partnerschaft als „felsenfest“.\nbbabo.Net',
        findings: [{ messageId: 'siteName', range: [67, 76], data: { site: 'bbabo.Net' }, suggestions: [''] }],
      },
      {
        text: 'Lesen Sie auch: Biden spricht mit Xi\nDer Text geht weiter.',
        findings: [{ messageId: 'navigation', range: [0, 36] }],
      },
      { text: 'Read more', findings: [{ messageId: 'navigation', range: [0, 9] }] },
      { text: 'Mehr lesen »', findings: [{ messageId: 'navigation', range: [0, 12] }] },
      { text: 'Teilen Sie diesen Artikel', findings: [{ messageId: 'share', range: [0, 25] }] },
      { text: 'Folgen Sie uns auf Facebook und Twitter!', findings: [{ messageId: 'share', range: [0, 40] }] },
      {
        text: 'Diese Website verwendet Cookies, um Ihnen ein besseres Erlebnis zu bieten.',
        findings: [{ messageId: 'cookies', range: [0, 74] }],
      },
      { text: 'Text.\n\nAnzeige\n\nMehr Text.', findings: [{ messageId: 'advertisement', range: [7, 14] }] },
      { text: 'Quelle: www.example.com', findings: [{ messageId: 'byline', range: [0, 23] }] },
      { text: '© 2022 Example Media GmbH', findings: [{ messageId: 'copyright', range: [0, 25] }] },
    ],
  },
});
