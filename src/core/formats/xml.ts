// A small, safe XML reader and writer: a tree with source offsets (for splicing edits into the original text), no entity expansion, no fetching.

export type XmlErrorCode =
  | 'malformed'
  | 'mismatched-tag'
  | 'unclosed-tag'
  | 'duplicate-attribute'
  | 'undefined-entity'
  | 'invalid-character'
  | 'unbound-prefix'
  | 'entity-declaration'
  | 'no-root'
  | 'too-deep';

/** Why an XML text was refused, with the 1-based line and column where it went wrong. */
export class XmlError extends Error {
  override readonly name = 'XmlError';
  readonly code: XmlErrorCode;
  readonly offset: number;
  readonly line: number;
  readonly column: number;

  constructor(code: XmlErrorCode, message: string, text: string, offset: number) {
    const { line, column } = lineAndColumnAt(text, offset);
    super(`${message} (line ${line}, column ${column})`);
    this.code = code;
    this.offset = offset;
    this.line = line;
    this.column = column;
  }
}

export interface XmlAttribute {
  name: string;
  prefix: string;
  localName: string;
  /** The decoded value (references replaced, whitespace normalised as XML requires). */
  value: string;
  start: number;
  end: number;
  /** Offsets of the raw value between the quotes. */
  valueStart: number;
  valueEnd: number;
}

export interface XmlElement {
  type: 'element';
  name: string;
  prefix: string;
  localName: string;
  /** Namespace URI resolved from the prefix ('' when none is in scope). */
  namespace: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
  start: number;
  /** Offset just after the start tag's '>'. */
  openEnd: number;
  /** Offset of the end tag's '<' (equals end for a self-closing element). */
  closeStart: number;
  end: number;
  selfClosing: boolean;
}

export interface XmlText {
  type: 'text';
  /** Decoded text; `isCData` marks a CDATA section, whose text is taken literally. */
  text: string;
  isCData: boolean;
  start: number;
  end: number;
}

export interface XmlComment {
  type: 'comment';
  text: string;
  start: number;
  end: number;
}

export interface XmlProcessingInstruction {
  type: 'pi';
  target: string;
  data: string;
  start: number;
  end: number;
}

export type XmlNode = XmlElement | XmlText | XmlComment | XmlProcessingInstruction;

export interface XmlDocument {
  root: XmlElement;
  /** Everything at top level in order: declaration, comments, the root, trailing PIs. */
  children: XmlNode[];
}

export interface ParseXmlOptions {
  /** Deeper nesting is refused: hostile input must not exhaust the stack of code walking the tree. */
  maxDepth?: number;
}

const DEFAULT_MAX_DEPTH = 1000;
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';
const PREDEFINED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
// Approximates XML 1.0 Name: close enough to accept real files and to stop at delimiters.
const NAME_START = 'A-Za-z_:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_RE = new RegExp(`[${NAME_START}][\\u0300-\\u036F${NAME_START}\\-.0-9\\u00B7\\u203F-\\u2040]*`, 'uy');
const WHITESPACE_RE = /[ \t\r\n]*/y;

/** 1-based line and column (in UTF-16 units) of an offset. */
export function lineAndColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

interface OpenElement {
  element: XmlElement;
  /** Prefix → namespace bindings visible inside this element. */
  scope: Map<string, string>;
}

/** Parses XML text into a tree; refuses entity declarations and undefined entities instead of expanding them. */
export function parseXml(text: string, options: ParseXmlOptions = {}): XmlDocument {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const fail = (code: XmlErrorCode, message: string, offset: number): never => {
    throw new XmlError(code, message, text, offset);
  };
  const topLevel: XmlNode[] = [];
  const stack: OpenElement[] = [];
  let root: XmlElement | undefined;
  let sawDoctype = false;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const readName = (at: number): string => {
    NAME_RE.lastIndex = at;
    const match = NAME_RE.exec(text);
    if (!match) return fail('malformed', 'Expected a name', at);
    return match[0];
  };
  const skipWhitespace = (at: number): number => {
    WHITESPACE_RE.lastIndex = at;
    WHITESPACE_RE.exec(text);
    return WHITESPACE_RE.lastIndex;
  };
  const append = (node: XmlNode) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.element.children.push(node);
    else topLevel.push(node);
  };

  /** Decodes references in [from, to); `isAttribute` applies attribute-value whitespace normalisation. */
  const decode = (from: number, to: number, isAttribute: boolean): string => {
    // Work on the slice: searching the whole text for the next '&' would make parsing quadratic.
    const raw = text.slice(from, to);
    if (!raw.includes('&') && !raw.includes('\r') && !(isAttribute && (raw.includes('\n') || raw.includes('\t')))) return raw;
    let out = '';
    let i = 0;
    while (i < raw.length) {
      const amp = raw.indexOf('&', i);
      const chunkEnd = amp === -1 ? raw.length : amp;
      if (chunkEnd > i) {
        let chunk = raw.slice(i, chunkEnd);
        if (chunk.includes('\r')) chunk = chunk.replace(/\r\n?/g, '\n');
        if (isAttribute && (chunk.includes('\n') || chunk.includes('\t'))) chunk = chunk.replace(/[\t\n]/g, ' ');
        out += chunk;
      }
      if (amp === -1) break;
      const semi = raw.indexOf(';', amp);
      if (semi === -1 || semi - amp > 12) return fail('malformed', "'&' must start a reference such as &amp;", from + amp);
      const ref = raw.slice(amp + 1, semi);
      if (ref.startsWith('#')) {
        const isHex = ref[1] === 'x';
        const digits = ref.slice(isHex ? 2 : 1);
        const valid = isHex ? /^[0-9A-Fa-f]+$/.test(digits) : /^[0-9]+$/.test(digits);
        const code = valid ? parseInt(digits, isHex ? 16 : 10) : NaN;
        if (!valid || !isXmlChar(code)) return fail('invalid-character', `&${ref}; is not a valid character reference`, from + amp);
        out += String.fromCodePoint(code);
      } else {
        const value = PREDEFINED_ENTITIES[ref];
        if (value === undefined) return fail('undefined-entity', `Undefined entity &${ref}; (entities are never expanded)`, from + amp);
        out += value;
      }
      i = semi + 1;
    }
    return out;
  };

  const resolve = (prefix: string, scope: Map<string, string>, at: number, isAttribute: boolean): string => {
    if (prefix === 'xml') return XML_NAMESPACE;
    if (prefix === 'xmlns') return XMLNS_NAMESPACE;
    if (prefix === '' && isAttribute) return '';
    const namespace = scope.get(prefix);
    if (namespace === undefined) {
      if (prefix === '') return '';
      return fail('unbound-prefix', `Namespace prefix '${prefix}' is not declared`, at);
    }
    return namespace;
  };

  const readDoctype = (start: number): number => {
    if (sawDoctype || root || stack.length) fail('malformed', 'A DOCTYPE is only allowed once, before the root element', start);
    sawDoctype = true;
    let i = start + '<!DOCTYPE'.length;
    let inSubset = false;
    while (i < text.length) {
      const c = text[i];
      if (c === '"' || c === "'") {
        const close = text.indexOf(c, i + 1);
        if (close === -1) break;
        i = close + 1;
      } else if (inSubset && text.startsWith('<!--', i)) {
        const close = text.indexOf('-->', i + 4);
        if (close === -1) break;
        i = close + 3;
      } else if (inSubset && text.startsWith('<!ENTITY', i)) {
        // Refused outright: internal entities are the billion-laughs bomb, external ones are XXE.
        return fail('entity-declaration', 'Entity declarations are not allowed (they are never expanded or fetched)', i);
      } else if (inSubset && c === '%') {
        return fail('entity-declaration', 'Parameter entity references are not allowed', i);
      } else if (c === '[' && !inSubset) {
        inSubset = true;
        i++;
      } else if (c === ']' && inSubset) {
        inSubset = false;
        i++;
      } else if (c === '>' && !inSubset) {
        return i + 1;
      } else {
        i++;
      }
    }
    return fail('malformed', 'Unterminated DOCTYPE', start);
  };

  const readStartTag = (start: number): number => {
    const name = readName(start + 1);
    let i = start + 1 + name.length;
    const attributes: XmlAttribute[] = [];
    let selfClosing = false;
    for (;;) {
      const afterSpace = skipWhitespace(i);
      const c = text[afterSpace];
      if (c === '>') {
        i = afterSpace + 1;
        break;
      }
      if (c === '/' && text[afterSpace + 1] === '>') {
        selfClosing = true;
        i = afterSpace + 2;
        break;
      }
      if (c === undefined) return fail('unclosed-tag', `Start tag <${name}> is not closed`, start);
      if (afterSpace === i) return fail('malformed', `Expected whitespace between attributes in <${name}>`, afterSpace);
      const attrStart = afterSpace;
      const attrName = readName(attrStart);
      let j = skipWhitespace(attrStart + attrName.length);
      if (text[j] !== '=') return fail('malformed', `Attribute '${attrName}' needs a value`, j);
      j = skipWhitespace(j + 1);
      const quote = text[j];
      if (quote !== '"' && quote !== "'") return fail('malformed', `Value of attribute '${attrName}' must be quoted`, j);
      const valueStart = j + 1;
      const valueEnd = text.indexOf(quote, valueStart);
      if (valueEnd === -1) return fail('malformed', `Value of attribute '${attrName}' is not closed`, j);
      const lt = text.indexOf('<', valueStart);
      if (lt !== -1 && lt < valueEnd) return fail('malformed', `'<' is not allowed in attribute values`, lt);
      if (attributes.some((a) => a.name === attrName)) return fail('duplicate-attribute', `Attribute '${attrName}' appears twice`, attrStart);
      const colon = attrName.indexOf(':');
      attributes.push({
        name: attrName,
        prefix: colon === -1 ? '' : attrName.slice(0, colon),
        localName: colon === -1 ? attrName : attrName.slice(colon + 1),
        value: decode(valueStart, valueEnd, true),
        start: attrStart,
        end: valueEnd + 1,
        valueStart,
        valueEnd,
      });
      i = valueEnd + 1;
    }
    const parent = stack[stack.length - 1];
    if (!parent && root) return fail('malformed', 'Only one root element is allowed', start);
    if (stack.length >= maxDepth) return fail('too-deep', `Elements are nested deeper than ${maxDepth} levels`, start);
    let scope = parent?.scope ?? new Map<string, string>();
    for (const attr of attributes) {
      if (attr.name === 'xmlns' || attr.prefix === 'xmlns') {
        if (scope === parent?.scope) scope = new Map(scope);
        scope.set(attr.prefix === 'xmlns' ? attr.localName : '', attr.value);
      }
    }
    const colon = name.indexOf(':');
    const prefix = colon === -1 ? '' : name.slice(0, colon);
    for (const attr of attributes) {
      if (attr.prefix && attr.prefix !== 'xmlns') resolve(attr.prefix, scope, attr.start, true);
    }
    const element: XmlElement = {
      type: 'element',
      name,
      prefix,
      localName: colon === -1 ? name : name.slice(colon + 1),
      namespace: resolve(prefix, scope, start, false),
      attributes,
      children: [],
      start,
      openEnd: i,
      closeStart: i,
      end: i,
      selfClosing,
    };
    append(element);
    if (!parent) root = element;
    if (!selfClosing) stack.push({ element, scope });
    return i;
  };

  const readEndTag = (start: number): number => {
    const name = readName(start + 2);
    const close = skipWhitespace(start + 2 + name.length);
    if (text[close] !== '>') return fail('malformed', `End tag </${name}> is not closed`, start);
    const open = stack.pop();
    if (!open) return fail('mismatched-tag', `End tag </${name}> has no start tag`, start);
    if (open.element.name !== name) {
      return fail('mismatched-tag', `End tag </${name}> does not match <${open.element.name}>`, start);
    }
    open.element.closeStart = start;
    open.element.end = close + 1;
    return close + 1;
  };

  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    const textEnd = lt === -1 ? text.length : lt;
    if (textEnd > pos) {
      if (stack.length) {
        const gt = text.slice(pos, textEnd).indexOf(']]>');
        if (gt !== -1) fail('malformed', "']]>' is not allowed in text", pos + gt);
        append({ type: 'text', text: decode(pos, textEnd, false), isCData: false, start: pos, end: textEnd });
      } else if (!/^[ \t\r\n]*$/.test(text.slice(pos, textEnd))) {
        fail('malformed', 'Text is not allowed outside the root element', skipWhitespace(pos));
      }
    }
    if (lt === -1) break;
    pos = lt;
    if (text.startsWith('<!--', pos)) {
      const close = text.indexOf('-->', pos + 4);
      if (close === -1) fail('malformed', 'Unterminated comment', pos);
      append({ type: 'comment', text: text.slice(pos + 4, close), start: pos, end: close + 3 });
      pos = close + 3;
    } else if (text.startsWith('<![CDATA[', pos)) {
      if (!stack.length) fail('malformed', 'CDATA is not allowed outside the root element', pos);
      const close = text.indexOf(']]>', pos + 9);
      if (close === -1) fail('malformed', 'Unterminated CDATA section', pos);
      append({ type: 'text', text: text.slice(pos + 9, close).replace(/\r\n?/g, '\n'), isCData: true, start: pos, end: close + 3 });
      pos = close + 3;
    } else if (text.startsWith('<!DOCTYPE', pos)) {
      pos = readDoctype(pos);
    } else if (text.startsWith('<?', pos)) {
      const target = readName(pos + 2);
      const close = text.indexOf('?>', pos + 2 + target.length);
      if (close === -1) fail('malformed', 'Unterminated processing instruction', pos);
      if (target.toLowerCase() === 'xml' && pos !== 0 && !(pos === 1 && text.charCodeAt(0) === 0xfeff)) {
        fail('malformed', 'The XML declaration must come first', pos);
      }
      const data = text.slice(pos + 2 + target.length, close).replace(/^[ \t\r\n]+/, '');
      append({ type: 'pi', target, data, start: pos, end: close + 2 });
      pos = close + 2;
    } else if (text.startsWith('</', pos)) {
      pos = readEndTag(pos);
    } else if (text.startsWith('<!', pos)) {
      fail('malformed', 'Unexpected markup declaration', pos);
    } else {
      pos = readStartTag(pos);
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) fail('unclosed-tag', `Element <${unclosed.element.name}> is never closed`, unclosed.element.start);
  if (!root) return fail('no-root', 'The document has no root element', text.length);
  return { root, children: topLevel };
}

/** The value of an attribute by its qualified name, or undefined. */
export function getAttribute(element: XmlElement, name: string): string | undefined {
  return element.attributes.find((a) => a.name === name)?.value;
}

/** Child elements with this local name (and namespace, when given). */
export function childElements(element: XmlElement, localName?: string, namespace?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    if (localName !== undefined && child.localName !== localName) continue;
    if (namespace !== undefined && child.namespace !== namespace) continue;
    out.push(child);
  }
  return out;
}

function assertXmlChars(value: string): void {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (!isXmlChar(code)) {
      throw new XmlError('invalid-character', `U+${code.toString(16).toUpperCase().padStart(4, '0')} cannot be written in XML 1.0`, value, value.indexOf(char));
    }
  }
}

/** Escapes text for element content; '>' too, so ']]>' can never appear. */
export function escapeXmlText(value: string): string {
  assertXmlChars(value);
  // A raw CR would be read back as LF; as a reference it survives.
  return value.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

/** Escapes text for an attribute value in either quote style; whitespace as references so normalisation keeps it. */
export function escapeXmlAttribute(value: string): string {
  assertXmlChars(value);
  return value.replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** A replacement of [start, end) in the original text. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits to a text; edits at the same offset keep their given order. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.start - b.edit.start || a.index - b.index);
  let out = '';
  let pos = 0;
  for (const { edit } of sorted) {
    if (edit.start < pos) throw new RangeError(`Overlapping edits at offset ${edit.start}`);
    out += text.slice(pos, edit.start) + edit.text;
    pos = edit.end;
  }
  return out + text.slice(pos);
}
