// Tests for detectLanguage: articles and single lines in seven languages, and input too thin to judge.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/core/index.ts';

const SEED = new URL('../../samples/000_98b1f44858d35dbe.txt', import.meta.url);
const REFERENCES_DE = '/work/shared/corpus/references-de.txt';

describe('detectLanguage', () => {
  it('detects the seed article as German with high confidence', () => {
    const result = detectLanguage(readFileSync(SEED, 'utf8'));
    expect(result.lang).toBe('de');
    expect(result.confidence).toBeGreaterThan(0.8);
  });

  it.each([
    // Human reference translations from the WMT MQM corpus (references-de.txt).
    ['de', 'Matt Fiddes, der heute als Bauunternehmer und Besitzer einer Kette von Kampfkunst- und Tanzstudios tätig ist, berichtete Metro, dass Jackson geglaubt habe, dass die Faszination mit seiner Person zum Erliegen kommen würde.'],
    ['de', 'Der ehemalige Bodyguard von Michael Jackson behauptet, dass der verstorbene Sänger einige seiner exzentrischen Verhaltensweise extra aneignete, um die Medien anzustacheln.'],
    ['de', 'Dieses extravagante Verhalten habe sich der inzwischen tote Sänger bewusst zu eigen gemacht, um die Presse zu animieren, berichtet Michael Jacksons früherer Leibwächter.'],
    ['en', 'US President Joe Biden will speak with his Chinese counterpart Xi Jinping on Friday about Russia’s war in Ukraine and other issues of mutual interest, the White House said. Beijing has refused to condemn its close ally.'],
    ['en', 'It was cold that morning, and we left before the sun came up because the road over the mountains would be closed by noon.'],
    ['fr', 'Le président américain Joe Biden s’entretiendra vendredi avec son homologue chinois Xi Jinping de la guerre menée par la Russie en Ukraine, a annoncé la Maison Blanche. Pékin a refusé de condamner son proche allié.'],
    ['fr', 'C’est une question qu’on ne peut pas ignorer plus longtemps, et nous devons y répondre avant la fin de l’année.'],
    ['es', 'El presidente estadounidense Joe Biden hablará el viernes con su homólogo chino Xi Jinping sobre la guerra de Rusia en Ucrania, según informó la Casa Blanca. Pekín se ha negado a condenar a su estrecho aliado.'],
    ['es', '¿Por qué no me lo dijiste antes de la reunión? Los dos líderes hablarán sobre la gestión de la competencia entre nuestros países.'],
    ['it', 'Il presidente americano Joe Biden parlerà venerdì con il suo omologo cinese Xi Jinping della guerra della Russia in Ucraina, ha detto la Casa Bianca. Pechino si è rifiutata di condannare il suo stretto alleato.'],
    ['nl', 'De Amerikaanse president Joe Biden spreekt vrijdag met zijn Chinese ambtgenoot Xi Jinping over de oorlog van Rusland in Oekraïne, zei het Witte Huis. Peking heeft geweigerd zijn nauwe bondgenoot te veroordelen.'],
    ['pt', 'O presidente americano Joe Biden vai falar na sexta-feira com o seu homólogo chinês Xi Jinping sobre a guerra da Rússia na Ucrânia, disse a Casa Branca. Pequim recusou-se a condenar o seu aliado próximo.'],
  ])('detects %s in "%s"', (lang, text) => {
    const result = detectLanguage(text);
    expect(result.lang).toBe(lang);
    expect(result.confidence).toBeGreaterThanOrEqual(0.3);
  });

  it.each([
    ['empty text', ''],
    ['a single word', 'Hallo'],
    ['two words', 'Joe Biden'],
    ['names and a dateline', 'WASHINGTON (AP) Joe Biden, Xi Jinping, Jake Sullivan'],
    ['numbers and punctuation', '2022-03-18 12:30 – 5 % / 7,5 Mio. €'],
    ['Cyrillic, a language it does not know', 'Москва — столица России и крупнейший город страны по численности населения.'],
    ['one word from each of four languages', 'Die Katze, the dog, le chat, el perro'],
  ])('answers und with low confidence for %s', (_name, text) => {
    const result = detectLanguage(text);
    expect(result.lang).toBe('und');
    expect(result.confidence).toBeLessThan(0.3);
  });

  it('judges a long article by its beginning', () => {
    const seed = readFileSync(SEED, 'utf8');
    // Both parts longer than the 20,000 characters looked at, so only the first one can count.
    const german = seed.repeat(Math.ceil(25_000 / seed.length));
    const english = 'The White House said the two leaders would discuss the war and other issues of mutual interest. '.repeat(300);
    expect(detectLanguage(german + english).lang).toBe('de');
    expect(detectLanguage(english + german).lang).toBe('en');
  });

  it('returns a confidence between 0 and 1 that grows with the amount of text', () => {
    const lines = readFileSync(SEED, 'utf8').split('\n').filter(Boolean);
    const short = detectLanguage(lines[0]!.split(' ').slice(0, 6).join(' '));
    const long = detectLanguage(lines.join('\n'));
    expect(short.confidence).toBeGreaterThanOrEqual(0);
    expect(long.confidence).toBeLessThanOrEqual(1);
    expect(long.confidence).toBeGreaterThan(short.confidence);
  });

  it.skipIf(!existsSync(REFERENCES_DE))('detects at least 98 % of the corpus references of 20+ words as German and none as another language', () => {
    const lines = readFileSync(REFERENCES_DE, 'utf8')
      .split('\n')
      .filter((line) => line.split(/\s+/).length >= 20);
    const langs = lines.map((line) => detectLanguage(line).lang);
    expect(lines.length).toBeGreaterThan(1000);
    expect(langs.filter((l) => l === 'de').length / lines.length).toBeGreaterThanOrEqual(0.98);
    expect(langs.filter((l) => l !== 'de' && l !== 'und')).toEqual([]);
  });
});
