// Tests for the safe XML reader/writer: what it accepts, what it refuses (with where), and that escaping round-trips.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  applyEdits,
  childElements,
  escapeXmlAttribute,
  escapeXmlText,
  getAttribute,
  parseXml,
  XmlError,
  type XmlElement,
  type XmlErrorCode,
} from '../../../src/core/formats/xml.ts';

/** XML 1.0 cannot carry C0 controls other than tab, LF, CR, nor U+FFFE/U+FFFF. */
function isXmlWritable(text: string): boolean {
  return [...text].every((c) => {
    const code = c.codePointAt(0) ?? 0;
    return code === 9 || code === 10 || code === 13 || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);
  });
}

function firstChild(element: XmlElement): XmlElement {
  const child = childElements(element)[0];
  if (!child) throw new Error(`<${element.name}> has no child element`);
  return child;
}

function textOf(element: XmlElement): string {
  return element.children.map((node) => (node.type === 'text' ? node.text : node.type === 'element' ? textOf(node) : '')).join('');
}

function refusal(text: string): XmlError {
  try {
    parseXml(text);
  } catch (error) {
    if (error instanceof XmlError) return error;
    throw error;
  }
  throw new Error('expected parseXml to refuse the input');
}

describe('parseXml', () => {
  it.each([
    ['the five predefined entities', '<a>&lt;&gt;&amp;&quot;&apos;</a>', `<>&"'`],
    ['decimal and hex character references', '<a>&#72;&#x69;&#x1F600;&#160;</a>', 'Hi😀\u00a0'],
    ['CDATA taken literally', '<a><![CDATA[<b>&amp;</b>]]></a>', '<b>&amp;</b>'],
    ['text around comments and PIs', '<a>x<!-- c -->y<?pi data?>z</a>', 'xyz'],
    ['CRLF and lone CR as LF', '<a>1\r\n2\r3</a>', '1\n2\n3'],
    ['nested inline elements', '<a>one <g id="1">two <x id="2"/></g> three</a>', 'one two  three'],
  ])('reads %s', (_name, xml, expected) => {
    expect(textOf(parseXml(xml).root)).toBe(expected);
  });

  it('reads attributes in both quote styles, decoding references and normalising whitespace', () => {
    const root = parseXml(`<a one="it's" two='say "hi"' three="a&#10;b\tc" four = "&lt;&amp;"/>`).root;
    expect(root.attributes.map((a) => [a.name, a.value])).toEqual([
      ['one', "it's"],
      ['two', 'say "hi"'],
      ['three', 'a\nb c'],
      ['four', '<&'],
    ]);
  });

  it('resolves namespaces by prefix, with defaults and redeclarations in scope', () => {
    const root = parseXml('<x:a xmlns:x="urn:x" xmlns="urn:d"><b><x:c xmlns:x="urn:y"/></b></x:a>').root;
    const b = firstChild(root);
    const c = firstChild(b);
    expect([root.namespace, root.localName, b.namespace, c.namespace, c.localName]).toEqual(['urn:x', 'a', 'urn:d', 'urn:y', 'c']);
  });

  it('records offsets that slice back to the exact markup', () => {
    const text = '<?xml version="1.0"?>\n<a k="v"><b>t</b><c/></a>\n';
    const root = parseXml(text).root;
    const [b, c] = childElements(root);
    expect(text.slice(root.start, root.openEnd)).toBe('<a k="v">');
    expect(b && text.slice(b.openEnd, b.closeStart)).toBe('t');
    expect(c && text.slice(c.start, c.end)).toBe('<c/>');
    expect(c?.selfClosing).toBe(true);
    const k = root.attributes[0];
    expect(k && text.slice(k.valueStart, k.valueEnd)).toBe('v');
  });

  it('accepts a DOCTYPE without entity declarations and fetches nothing for it', () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const root = parseXml('<!DOCTYPE xliff SYSTEM "http://example.org/xliff.dtd" [<!-- a [comment] --><!ATTLIST a b CDATA "x">]><a/>').root;
    expect(root.name).toBe('a');
    expect(getAttribute(root, 'b')).toBeUndefined();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each<[string, string, XmlErrorCode, number, number]>([
    ['a mismatched end tag', '<a>\n  <b></a>', 'mismatched-tag', 2, 6],
    ['an unclosed element', '<a>\n<b>', 'unclosed-tag', 2, 1],
    ['an unquoted attribute', '<a b=c/>', 'malformed', 1, 6],
    ['a duplicate attribute', '<a b="1" b="2"/>', 'duplicate-attribute', 1, 10],
    ["'<' in an attribute value", '<a b="<"/>', 'malformed', 1, 7],
    ['a bare ampersand', '<a>fish & chips</a>', 'malformed', 1, 9],
    ['an undefined entity', '<a>&nbsp;</a>', 'undefined-entity', 1, 4],
    ['a reference to a forbidden character', '<a>&#0;</a>', 'invalid-character', 1, 4],
    ['an undeclared prefix', '<a><x:b/></a>', 'unbound-prefix', 1, 4],
    ['text after the root', '<a/>tail', 'malformed', 1, 5],
    ['two roots', '<a/><b/>', 'malformed', 1, 5],
    ['no root at all', '<?xml version="1.0"?>\n', 'no-root', 2, 1],
    ['an XML declaration not at the start', '<a/>\n<?xml version="1.0"?>', 'malformed', 2, 1],
    ["']]>' in text", '<a>x]]>y</a>', 'malformed', 1, 5],
    ['an internal entity declaration', '<!DOCTYPE a [\n <!ENTITY e "x">\n]><a>&e;</a>', 'entity-declaration', 2, 2],
    ['an external entity (XXE)', '<!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><a>&xxe;</a>', 'entity-declaration', 1, 14],
    ['a parameter entity', '<!DOCTYPE a [<!ENTITY % p SYSTEM "http://evil/x.dtd"> %p;]><a/>', 'entity-declaration', 1, 14],
  ])('refuses %s with a typed error and its position', (_name, xml, code, line, column) => {
    const error = refusal(xml);
    expect({ code: error.code, line: error.line, column: error.column }).toEqual({ code, line, column });
    expect(error.message).toContain(`line ${line}, column ${column}`);
  });

  it('stops at the first declaration of a billion-laughs bomb, before reaching any reference', () => {
    const declarations = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) declarations.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const bomb = `<!DOCTYPE lolz [\n${declarations.join('\n')}\n]>\n<lolz>&lol9;</lolz>`;
    const error = refusal(bomb);
    expect(error.code).toBe('entity-declaration');
    expect(error.offset).toBe(bomb.indexOf('<!ENTITY lol '));
  });

  it('refuses nesting deeper than the limit instead of exhausting the stack', () => {
    const depth = 5000;
    const error = refusal('<a>'.repeat(depth) + '</a>'.repeat(depth));
    expect(error.code).toBe('too-deep');
    expect(parseXml('<a>'.repeat(50) + '</a>'.repeat(50), { maxDepth: 50 }).root.name).toBe('a');
  });
});

// Every character XML 1.0 can carry; controls other than tab, LF and CR cannot be written at all.
const xmlChar = fc.oneof(
  fc.constantFrom('<', '>', '&', '"', "'", ']]>', '\r\n', '\r', '\t', '\n', ' ', '&amp;', ']'),
  fc.string({ unit: 'grapheme', maxLength: 4 }).filter(isXmlWritable),
);

describe('escapeXmlText / escapeXmlAttribute', () => {
  it('round-trips any text through element content and attributes in both quote styles', () => {
    fc.assert(
      fc.property(fc.array(xmlChar, { maxLength: 20 }).map((chunks) => chunks.join('')), (value) => {
        const attribute = escapeXmlAttribute(value);
        const root = parseXml(`<a d="${attribute}" s='${attribute}'>${escapeXmlText(value)}</a>`).root;
        expect(textOf(root)).toBe(value);
        expect(getAttribute(root, 'd')).toBe(value);
        expect(getAttribute(root, 's')).toBe(value);
      }),
    );
  });

  it('refuses characters XML 1.0 cannot represent', () => {
    expect(() => escapeXmlText('bell \u0007')).toThrow(XmlError);
    expect(() => escapeXmlAttribute('\u0000')).toThrow(/U\+0000/);
  });
});

describe('applyEdits', () => {
  it('applies edits in offset order and keeps the rest', () => {
    expect(applyEdits('abcdef', [{ start: 4, end: 5, text: 'E' }, { start: 0, end: 0, text: '>' }, { start: 1, end: 3, text: '' }])).toBe('>adEf');
  });

  it('refuses overlapping edits', () => {
    expect(() => applyEdits('abcdef', [{ start: 0, end: 3, text: '' }, { start: 2, end: 4, text: '' }])).toThrow(RangeError);
  });
});
