// Properties of parseXml: random trees read back as written, node offsets always inside the text, and only XmlError on broken input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeXmlAttribute,
  escapeXmlText,
  parseXml,
  XmlError,
  type XmlDocument,
  type XmlNode,
} from '../../../src/core/formats/xml.ts';

type TreeNode =
  | { kind: 'element'; name: string; attributes: [string, string][]; children: TreeNode[]; quote: '"' | "'"; space: string }
  | { kind: 'text'; value: string; isCData: boolean }
  | { kind: 'comment'; value: string }
  | { kind: 'pi'; target: string; data: string };

const isXmlWritable = (text: string) =>
  [...text].every((c) => {
    const code = c.codePointAt(0)!;
    return code === 9 || code === 10 || code === 13 || (code >= 0x20 && code !== 0xfffe && code !== 0xffff && !(code >= 0xd800 && code <= 0xdfff));
  });

const chunk = fc.oneof(
  fc.constantFrom('<', '>', '&', '"', "'", ']]>', ']]', '\r\n', '\r', '\t', '\n', ' ', '&amp;', '-->', '?>', 'ä', '😀', 'Moskau'),
  fc.string({ unit: 'grapheme', maxLength: 4 }).filter(isXmlWritable),
);
const value = fc.array(chunk, { maxLength: 6 }).map((c) => c.join(''));
const name = fc.constantFrom('a', 'b', 'p:c', 'd-e', 'f.g', '_h', 'ü', 'x:y', 'Target');
const space = fc.constantFrom('', ' ', '\n  ', '\t');

const tree = fc.letrec<{ element: TreeNode; node: TreeNode }>((tie) => ({
  element: fc.record({
    kind: fc.constant('element' as const),
    name,
    attributes: fc.uniqueArray(fc.tuple(fc.constantFrom('id', 'p:k', 'xml:lang', 'state', 'q'), value), { maxLength: 3, selector: ([n]) => n }),
    children: fc.array(tie('node'), { maxLength: 4 }),
    quote: fc.constantFrom<'"' | "'">('"', "'"),
    space,
  }),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('text' as const), value, isCData: fc.boolean() }),
    tie('element'),
    fc.record({ kind: fc.constant('comment' as const), value: fc.string({ unit: fc.constantFrom('a', ' ', '<', '>', '&', 'ß'), maxLength: 8 }) }),
    fc.record({ kind: fc.constant('pi' as const), target: fc.constantFrom('php', 'pi', 'x-y'), data: fc.constantFrom('', 'a="1"', '<b>') }),
  ),
})).element;

function write(node: TreeNode): string {
  switch (node.kind) {
    case 'text':
      // CDATA keeps text literally, apart from line ends; what it cannot hold is written escaped.
      return node.isCData && !node.value.includes(']]>') && !node.value.includes('\r') ? `<![CDATA[${node.value}]]>` : escapeXmlText(node.value);
    case 'comment':
      return `<!--${node.value}-->`;
    case 'pi':
      return `<?${node.target}${node.data ? ` ${node.data}` : ''}?>`;
    case 'element': {
      const q = node.quote;
      const attributes = node.attributes.map(([n, v]) => `${node.space || ' '}${n}=${q}${escapeXmlAttribute(v)}${q}`).join('');
      if (node.children.length === 0 && node.space) return `<${node.name}${attributes}${node.space}/>`;
      return `<${node.name}${attributes}${node.space}>${node.children.map(write).join('')}</${node.name}>`;
    }
  }
}

/** What the parser should give: adjacent escaped texts merge into one node, empty ones vanish. */
function expected(node: TreeNode): unknown {
  if (node.kind === 'comment') return { type: 'comment', text: node.value };
  if (node.kind === 'pi') return { type: 'pi', target: node.target, data: node.data };
  if (node.kind === 'text') return { type: 'text', text: node.value };
  const children: unknown[] = [];
  for (const child of node.children) {
    const isCData = child.kind === 'text' && child.isCData && !child.value.includes(']]>') && !child.value.includes('\r');
    if (child.kind === 'text' && !isCData) {
      if (child.value === '') continue;
      const last = children[children.length - 1] as { type: string; text: string; isCData?: boolean } | undefined;
      if (last?.type === 'text' && !last.isCData) last.text += child.value;
      else children.push({ type: 'text', text: child.value });
    } else if (child.kind === 'text') children.push({ type: 'text', text: child.value, isCData: true });
    else children.push(expected(child));
  }
  return { type: 'element', name: node.name, attributes: node.attributes.map(([n, v]) => ({ name: n, value: v })), children };
}

function actual(node: XmlNode): unknown {
  if (node.type === 'comment') return { type: 'comment', text: node.text };
  if (node.type === 'pi') return { type: 'pi', target: node.target, data: node.data };
  if (node.type === 'text') return node.isCData ? { type: 'text', text: node.text, isCData: true } : { type: 'text', text: node.text };
  return {
    type: 'element',
    name: node.name,
    attributes: node.attributes.map((a) => ({ name: a.name, value: a.value })),
    children: node.children.map(actual),
  };
}

/** Every node lies inside its parent, children in order, ranges agree with the text; '' or the first broken invariant. */
function rangeViolation(text: string, doc: XmlDocument): string {
  const visit = (node: XmlNode, from: number, to: number): string => {
    if (!(from <= node.start && node.start <= node.end && node.end <= to)) return `${node.type} [${node.start}, ${node.end}) outside [${from}, ${to})`;
    if (node.type === 'text' && !node.isCData && text.slice(node.start, node.end).includes('<')) return `text node at ${node.start} holds markup`;
    if (node.type !== 'element') return '';
    if (!text.startsWith(`<${node.name}`, node.start)) return `element <${node.name}> does not start at ${node.start}`;
    if (!(node.start < node.openEnd && node.openEnd <= node.closeStart && node.closeStart <= node.end)) return `element <${node.name}> has inconsistent offsets`;
    if (!node.selfClosing && !text.startsWith(`</${node.name}`, node.closeStart)) return `</${node.name}> is not at ${node.closeStart}`;
    for (const a of node.attributes) {
      if (!(node.start < a.start && a.valueStart <= a.valueEnd && a.end <= node.openEnd)) return `attribute ${a.name} outside its tag`;
    }
    let last = node.openEnd;
    for (const child of node.children) {
      const problem = visit(child, last, node.closeStart);
      if (problem) return problem;
      last = child.end;
    }
    return '';
  };
  let last = 0;
  for (const node of doc.children) {
    const problem = visit(node, last, text.length);
    if (problem) return problem;
    last = node.end;
  }
  return doc.children.includes(doc.root) ? '' : 'the root is not a top-level node';
}

const prolog = fc.constantFrom('', '\ufeff', '<?xml version="1.0" encoding="UTF-8"?>\n', '\ufeff<?xml version="1.0"?>', '<!DOCTYPE a>\n', '<!-- c -->\r\n');

/** The tree inside a root `<r>` that declares (or not) the prefixes the names use. */
function documentOf(tree: TreeNode, head: string, declare: boolean): string {
  return `${head}<r${declare ? ' xmlns:p="urn:p" xmlns:x="urn:x"' : ''}>${write(tree)}</r>\n`;
}

const usesPrefix = (text: string) => /<\/?[px]:|\sp:k=/.test(text);

describe('parseXml', () => {
  it('reads back any tree as it was written, with every node offset inside its parent', () => {
    fc.assert(
      fc.property(tree, prolog, (root, head) => {
        const text = documentOf(root, head, true);
        const doc = parseXml(text);
        expect(doc.root.children.map(actual)).toEqual([expected(root)]);
        expect(rangeViolation(text, doc)).toBe('');
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an undeclared prefix with XmlError', () => {
    fc.assert(
      fc.property(tree, (root) => {
        const text = documentOf(root, '', false);
        fc.pre(usesPrefix(text));
        expect(() => parseXml(text)).toThrow(XmlError);
      }),
      { numRuns: 100 },
    );
  });

  // Damage that a truncated download, a bad merge or a hostile sender produces.
  const damage = fc.constantFrom(
    '<', '>', '</', '/>', '&', '&e;', '&#0;', '&#xD800;', '&#1114112;', '&#x41;', '"', "'", '=', ' ', '<!DOCTYPE a [<!ENTITY e "x">]>',
    '<!DOCTYPE a>', '<![CDATA[', ']]>', '<!--', '-->', '<?xml version="1.0"?>', '<?', '?>', '<!', 'p:', 'xmlns:q="u"', '\u0000', '\ufffe',
    '\ud800', '\ufeff', '\r',
  );

  it('throws nothing but XmlError on damaged documents, and keeps its offsets on the ones it accepts', () => {
    fc.assert(
      fc.property(tree, fc.array(fc.tuple(fc.nat(), fc.nat(8), damage), { minLength: 1, maxLength: 4 }), (root, edits) => {
        let text = documentOf(root, '<?xml version="1.0"?>', true);
        for (const [at, remove, insert] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + remove);
        }
        let doc: XmlDocument;
        try {
          doc = parseXml(text, { maxDepth: 3 });
        } catch (error) {
          expect(error).toBeInstanceOf(XmlError);
          const { offset, line, column } = error as XmlError;
          expect(offset >= 0 && offset <= text.length && line >= 1 && column >= 1).toBe(true);
          return;
        }
        expect(rangeViolation(text, doc)).toBe('');
      }),
      { numRuns: 500 },
    );
  });

  it('throws nothing but XmlError on arbitrary strings', () => {
    const text = fc.oneof(fc.string({ maxLength: 60 }), fc.array(damage, { maxLength: 20 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(text, (input) => {
        try {
          rangeViolation(input, parseXml(input));
        } catch (error) {
          expect(error).toBeInstanceOf(XmlError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
