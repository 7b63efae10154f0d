// Reads XLIFF 1.2 and 2.0 into the bilingual model and writes corrected targets, states and notes back into the original text.
import type { BilingualDocument, BilingualSegment, InlineTag, SegmentPart } from './bilingual.ts';
import {
  applyEdits,
  childElements,
  escapeXmlAttribute,
  escapeXmlText,
  getAttribute,
  parseXml,
  XmlError,
  type TextEdit,
  type XmlElement,
  type XmlNode,
} from './xml.ts';

export type XliffErrorCode = 'not-xliff' | 'unsupported-version' | 'invalid-structure' | 'invalid-target';

/** Why a file was refused as XLIFF, or why corrected targets could not be written into it. */
export class XliffError extends Error {
  override readonly name = 'XliffError';
  readonly code: XliffErrorCode;

  constructor(code: XliffErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export interface SerializeXliffOptions {
  /**
   * Notes to add (e.g. the review's annotations) by segment position in the document, written as `<note>`s of the
   * segment's unit. By position, not id: real files repeat ids. Only for a document read from this same file.
   */
  notesByIndex?: Record<number, string[]>;
}

/** Marks the notes this tool writes, so a reader can tell them from the translator's. */
export const REVISOR_NOTE_SOURCE = 'revisor';

const NAMESPACE_12 = 'urn:oasis:names:tc:xliff:document:1.2';
const NAMESPACE_20 = 'urn:oasis:names:tc:xliff:document:2.0';
const NAMESPACE_SDL = 'http://sdl.com/FileTypes/SdlXliff/1.0';
const VERSIONS_12 = new Set(['1.0', '1.1', '1.2']);
const VERSIONS_20 = new Set(['2.0', '2.1', '2.2']);

type Version = '1.2' | '2.0';

/** Where a segment lives in the XML, so serialisation can touch exactly its target, state and notes. */
interface SegmentLocation {
  segment: BilingualSegment;
  unit: XmlElement;
  /** 1.2: the trans-unit; 2.0: the segment element. Holds source and target as children (unless mrk). */
  container: XmlElement;
  source: XmlElement;
  target: XmlElement | null;
  /** For Trados-style `<mrk mtype="seg">` segments: the mid. */
  mid?: string;
  state: { element: XmlElement; attribute: string } | null;
}

interface ReadResult {
  document: BilingualDocument;
  locations: SegmentLocation[];
  version: Version;
  namespace: string;
  /** The prefix the file binds to the XLIFF namespace ('' for a default namespace). */
  prefix: string;
}

/** Parses an XLIFF 1.2 or 2.0 text. Throws XmlError for bad XML and XliffError for what is not XLIFF we can read. */
export function parseXliff(text: string): BilingualDocument {
  return readXliff(text).document;
}

function readXliff(text: string): ReadResult {
  const xml = parseXml(text);
  const root = xml.root;
  if (root.localName !== 'xliff') throw new XliffError('not-xliff', `The root element is <${root.name}>, not <xliff>`);
  const declared = getAttribute(root, 'version');
  let version: Version;
  if (declared !== undefined) {
    if (VERSIONS_12.has(declared)) version = '1.2';
    else if (VERSIONS_20.has(declared)) version = '2.0';
    else throw new XliffError('unsupported-version', `XLIFF version ${declared} is not supported (1.2 and 2.x are)`);
  } else if (root.namespace === NAMESPACE_20) {
    version = '2.0';
  } else if (root.namespace === NAMESPACE_12 || root.namespace === '') {
    version = '1.2';
  } else {
    throw new XliffError('unsupported-version', `Unknown XLIFF namespace ${root.namespace}`);
  }
  const reader = new XliffReader(text, version, root.namespace);
  const fileElements = childElements(root, 'file', root.namespace);
  const files = fileElements.map((file, fileIndex) => reader.readFile(file, fileIndex));
  const firstFile = fileElements[0];
  const document: BilingualDocument = {
    format: version === '1.2' ? 'xliff-1.2' : 'xliff-2.0',
    sourceLang:
      (version === '2.0' ? getAttribute(root, 'srcLang') : firstFile && getAttribute(firstFile, 'source-language')) ?? '',
    targetLang:
      (version === '2.0' ? getAttribute(root, 'trgLang') : firstFile && getAttribute(firstFile, 'target-language')) ?? '',
    files,
    segments: reader.locations.map((location) => location.segment),
  };
  return { document, locations: reader.locations, version, namespace: root.namespace, prefix: root.prefix };
}

class XliffReader {
  readonly locations: SegmentLocation[] = [];

  private readonly text: string;
  private readonly version: Version;
  private readonly namespace: string;

  constructor(text: string, version: Version, namespace: string) {
    this.text = text;
    this.version = version;
    this.namespace = namespace;
  }

  private is(node: XmlNode, localName: string): node is XmlElement {
    return node.type === 'element' && node.localName === localName && node.namespace === this.namespace;
  }

  private child(element: XmlElement, localName: string): XmlElement | undefined {
    return childElements(element, localName, this.namespace)[0];
  }

  readFile(file: XmlElement, fileIndex: number): { name: string } {
    const name = getAttribute(file, 'original') ?? getAttribute(file, 'id') ?? `file ${fileIndex + 1}`;
    if (this.version === '1.2') {
      const body = this.child(file, 'body');
      if (body) this.readContainer(body, fileIndex);
    } else {
      this.readContainer(file, fileIndex);
    }
    return { name };
  }

  private readContainer(container: XmlElement, fileIndex: number): void {
    const unitName = this.version === '1.2' ? 'trans-unit' : 'unit';
    for (const child of container.children) {
      if (this.is(child, 'group')) this.readContainer(child, fileIndex);
      else if (this.is(child, unitName)) {
        if (this.version === '1.2') this.readUnit12(child, fileIndex);
        else this.readUnit20(child, fileIndex);
      }
    }
  }

  private readUnit12(unit: XmlElement, fileIndex: number): void {
    // Locked units are not the reviewer's to change.
    if (getAttribute(unit, 'translate') === 'no') return;
    const unitId = getAttribute(unit, 'id') ?? String(this.locations.length + 1);
    const source = this.child(unit, 'source');
    if (!source) throw new XliffError('invalid-structure', `<trans-unit id="${unitId}"> has no <source>`);
    const target = this.child(unit, 'target') ?? null;
    const notes = childElements(unit, 'note', this.namespace).map((note) => this.plainText(note));
    const segSource = this.child(unit, 'seg-source');
    const sourceMarks = segSource ? this.findSegmentMarks(segSource) : [];
    if (sourceMarks.length === 0) {
      this.locations.push({
        segment: {
          id: `${fileIndex}:${unitId}`,
          fileIndex,
          unitId,
          source: this.toParts(source),
          target: target ? this.toParts(target) : null,
          state: target ? getAttribute(target, 'state') : undefined,
          notes,
        },
        unit,
        container: unit,
        source,
        target,
        state: target ? { element: target, attribute: 'state' } : null,
      });
      return;
    }
    const targetMarks = new Map<string, XmlElement>();
    if (target) for (const mark of this.findSegmentMarks(target)) targetMarks.set(getAttribute(mark, 'mid') ?? '', mark);
    const sdlSegments = new Map<string, XmlElement>();
    for (const defs of childElements(unit, 'seg-defs', NAMESPACE_SDL)) {
      for (const seg of childElements(defs, 'seg', NAMESPACE_SDL)) sdlSegments.set(getAttribute(seg, 'id') ?? '', seg);
    }
    for (const mark of sourceMarks) {
      const mid = getAttribute(mark, 'mid') ?? '';
      const targetMark = targetMarks.get(mid) ?? null;
      const sdlSegment = sdlSegments.get(mid);
      // Trados keeps a segment's status in sdl:seg/@conf; other tools have only the shared target/@state.
      const state = sdlSegment
        ? { element: sdlSegment, attribute: 'conf' }
        : target
          ? { element: target, attribute: 'state' }
          : null;
      this.locations.push({
        segment: {
          id: `${fileIndex}:${unitId}:${mid}`,
          fileIndex,
          unitId,
          source: this.toParts(mark),
          target: targetMark ? this.toParts(targetMark) : null,
          state: state ? getAttribute(state.element, state.attribute) : undefined,
          notes,
        },
        unit,
        container: unit,
        source: mark,
        target: targetMark,
        mid,
        state,
      });
    }
  }

  private readUnit20(unit: XmlElement, fileIndex: number): void {
    if (getAttribute(unit, 'translate') === 'no') return;
    const unitId = getAttribute(unit, 'id') ?? String(this.locations.length + 1);
    const notesElement = this.child(unit, 'notes');
    const notes = notesElement ? childElements(notesElement, 'note', this.namespace).map((note) => this.plainText(note)) : [];
    let ordinal = 0;
    for (const segment of childElements(unit, 'segment', this.namespace)) {
      ordinal++;
      const segmentId = getAttribute(segment, 'id') ?? String(ordinal);
      const source = this.child(segment, 'source');
      if (!source) throw new XliffError('invalid-structure', `<segment> ${segmentId} of <unit id="${unitId}"> has no <source>`);
      const target = this.child(segment, 'target') ?? null;
      this.locations.push({
        segment: {
          id: `${fileIndex}:${unitId}:${segmentId}`,
          fileIndex,
          unitId,
          source: this.toParts(source),
          target: target ? this.toParts(target) : null,
          state: getAttribute(segment, 'state'),
          notes,
        },
        unit,
        container: segment,
        source,
        target,
        state: { element: segment, attribute: 'state' },
      });
    }
  }

  /** Trados wraps segments in `<mrk mtype="seg">`, sometimes inside a `<g>`, so search below too. */
  private findSegmentMarks(element: XmlElement): XmlElement[] {
    const out: XmlElement[] = [];
    for (const child of element.children) {
      if (child.type !== 'element') continue;
      if (this.is(child, 'mrk') && getAttribute(child, 'mtype') === 'seg') out.push(child);
      else out.push(...this.findSegmentMarks(child));
    }
    return out;
  }

  private plainText(element: XmlElement): string {
    let out = '';
    for (const child of element.children) {
      if (child.type === 'text') out += child.text;
      else if (child.type === 'element') out += this.plainText(child);
    }
    return out;
  }

  /** Mixed content to parts: text stays text, inline codes become protected tags with their exact markup. */
  toParts(element: XmlElement): SegmentPart[] {
    const parts: SegmentPart[] = [];
    const pushText = (text: string) => {
      const last = parts[parts.length - 1];
      if (last?.type === 'text') last.text += text;
      else if (text) parts.push({ type: 'text', text });
    };
    const pushTag = (id: string, kind: InlineTag['kind'], xml: string) => {
      const label = kind === 'open' ? `{${id}}` : kind === 'close' ? `{/${id}}` : `{${id}/}`;
      parts.push({ type: 'tag', tag: { id, kind, xml, label } });
    };
    const walk = (parent: XmlElement) => {
      for (const node of parent.children) {
        if (node.type === 'text') {
          pushText(node.text);
          continue;
        }
        const whole = this.text.slice(node.start, node.end);
        if (node.type !== 'element') {
          pushTag(node.type === 'comment' ? '!' : '?', 'standalone', whole);
          continue;
        }
        const id = getAttribute(node, 'id') ?? '';
        const kind = node.namespace === this.namespace ? inlineKind(node, this.version) : 'standalone';
        if (kind === 'paired') {
          if (node.selfClosing) {
            pushTag(id, 'standalone', whole);
          } else {
            pushTag(id, 'open', this.text.slice(node.start, node.openEnd));
            walk(node);
            pushTag(id, 'close', this.text.slice(node.closeStart, node.end));
          }
        } else {
          const ref = kind === 'close' ? (getAttribute(node, 'rid') ?? getAttribute(node, 'startRef') ?? id) : id;
          pushTag(ref, kind, whole);
        }
      }
    };
    walk(element);
    return parts;
  }
}

function inlineKind(element: XmlElement, version: Version): InlineTag['kind'] | 'paired' {
  const name = element.localName;
  if (version === '1.2') {
    if (name === 'g' || name === 'mrk') return 'paired';
    if (name === 'bx' || name === 'bpt') return 'open';
    if (name === 'ex' || name === 'ept') return 'close';
    if (name === 'it') return getAttribute(element, 'pos') === 'close' ? 'close' : 'open';
    return 'standalone';
  }
  if (name === 'pc' || name === 'mrk') return 'paired';
  if (name === 'sc' || name === 'sm') return 'open';
  if (name === 'ec' || name === 'em') return 'close';
  return 'standalone';
}

function normalizeParts(parts: SegmentPart[]): SegmentPart[] {
  const out: SegmentPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (part.type === 'text') {
      if (!part.text) continue;
      if (last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + part.text };
      else out.push(part);
    } else {
      out.push(part);
    }
  }
  return out;
}

function samePartsAs(a: SegmentPart[], b: SegmentPart[]): boolean {
  const x = normalizeParts(a);
  const y = normalizeParts(b);
  if (x.length !== y.length) return false;
  return x.every((part, i) => {
    const other = y[i];
    if (!other || other.type !== part.type) return false;
    return part.type === 'text' ? other.type === 'text' && other.text === part.text : other.type === 'tag' && other.tag.xml === part.tag.xml;
  });
}

/** Target parts as XML content: text escaped, tags written back exactly as they were read. */
export function partsToXml(parts: SegmentPart[]): string {
  return parts.map((part) => (part.type === 'text' ? escapeXmlText(part.text) : part.tag.xml)).join('');
}

/** An element's pending changes: attributes to set and/or new content. */
interface ElementChange {
  attributes: Map<string, string>;
  content?: string;
}

/**
 * Writes the document's targets, states and extra notes into the original XLIFF text, changing
 * nothing else: unchanged segments leave the text identical byte for byte.
 */
export function serializeXliff(doc: BilingualDocument, original: string, options: SerializeXliffOptions = {}): string {
  const read = readXliff(original);
  const writer = new XliffWriter(original, read);
  // A document read from this file pairs with its segments by position: real files repeat ids (two units "1"), and
  // pairing by id would give both the correction of one. Any other document pairs by id.
  const isSameFile =
    doc.segments.length === read.locations.length && doc.segments.every((segment, i) => segment.id === read.locations[i]!.segment.id);
  const byId = new Map(doc.segments.map((segment) => [segment.id, segment]));
  read.locations.forEach((location, i) => {
    const wanted = isSameFile ? doc.segments[i] : byId.get(location.segment.id);
    if (wanted) writer.updateSegment(location, wanted);
  });
  const { notesByIndex } = options;
  if (notesByIndex && isSameFile) writer.addNotes((i) => notesByIndex[i] ?? []);
  const edits = writer.edits();
  if (edits.length === 0) return original;
  const output = applyEdits(original, edits);
  try {
    parseXml(output);
  } catch (error) {
    if (error instanceof XmlError) {
      throw new XliffError('invalid-target', `The corrected targets do not form valid XML (tags unbalanced?): ${error.message}`);
    }
    throw error;
  }
  return output;
}

class XliffWriter {
  private readonly changes = new Map<XmlElement, ElementChange>();
  private readonly inserts: TextEdit[] = [];
  /** Kept after the inserts: an insert and a deletion at one offset must apply insert first. */
  private readonly deletions: TextEdit[] = [];
  /** 1.2 units with mrk segments but no <target>: targets per mid, built from <seg-source>. */
  private readonly missingTargets = new Map<XmlElement, { attributes: Map<string, string>; marks: Map<XmlElement, string> }>();

  private readonly text: string;
  private readonly read: ReadResult;

  constructor(text: string, read: ReadResult) {
    this.text = text;
    this.read = read;
  }

  private change(element: XmlElement): ElementChange {
    let change = this.changes.get(element);
    if (!change) {
      change = { attributes: new Map() };
      this.changes.set(element, change);
    }
    return change;
  }

  /** The indentation in front of an element, reused so inserted elements line up with their siblings. */
  private indentBefore(element: XmlElement, parent: XmlElement): string {
    const index = parent.children.indexOf(element);
    const previous = parent.children[index - 1];
    if (previous?.type !== 'text' || previous.isCData) return '';
    const raw = this.text.slice(previous.start, previous.end);
    if (!/^[ \t\r\n]*$/.test(raw)) return '';
    const newline = raw.lastIndexOf('\n');
    return newline === -1 ? raw : raw.slice(newline - (raw[newline - 1] === '\r' ? 1 : 0));
  }

  /** An XLIFF element name with the prefix the file uses for its namespace (usually none). */
  private q(name: string): string {
    return this.read.prefix ? `${this.read.prefix}:${name}` : name;
  }

  updateSegment(location: SegmentLocation, wanted: BilingualSegment): void {
    const { segment } = location;
    const stateChanged = wanted.state !== undefined && wanted.state !== segment.state;
    const targetChanged = wanted.target !== null && (segment.target === null || !samePartsAs(segment.target, wanted.target));
    if (stateChanged && location.state) this.change(location.state.element).attributes.set(location.state.attribute, wanted.state ?? '');
    // In 1.2 a state without a target has nowhere to live; it is written together with a new target.
    if (!targetChanged || wanted.target === null) return;
    const content = partsToXml(wanted.target);
    if (location.target) {
      this.change(location.target).content = content;
      return;
    }
    if (location.mid !== undefined) {
      const unitTarget = childElements(location.unit, 'target', this.read.namespace)[0];
      if (unitTarget) {
        // The target exists but lacks this segment's mrk: append one.
        const mrk = `<${this.q('mrk')} mtype="seg" mid="${escapeXmlAttribute(location.mid)}">${content}</${this.q('mrk')}>`;
        if (unitTarget.selfClosing) this.change(unitTarget).content = (this.change(unitTarget).content ?? '') + mrk;
        else this.inserts.push({ start: unitTarget.closeStart, end: unitTarget.closeStart, text: mrk });
        return;
      }
      let pending = this.missingTargets.get(location.unit);
      if (!pending) {
        pending = { attributes: new Map(), marks: new Map() };
        this.missingTargets.set(location.unit, pending);
      }
      pending.marks.set(location.source, content);
      if (stateChanged && wanted.state !== undefined && !location.state) pending.attributes.set('state', wanted.state);
      return;
    }
    const attributes = new Map<string, string>();
    if (stateChanged && wanted.state !== undefined && !location.state) attributes.set('state', wanted.state);
    const after = this.lastChild(location.container, this.read.version === '1.2' ? ['source', 'seg-source'] : ['source']);
    const indent = this.indentBefore(after, location.container);
    this.inserts.push({ start: after.end, end: after.end, text: `${indent}${this.openTag('target', attributes)}${content}</${this.q('target')}>` });
  }

  private openTag(name: string, attributes: Map<string, string>): string {
    let out = `<${this.q(name)}`;
    for (const [key, value] of attributes) out += ` ${key}="${escapeXmlAttribute(value)}"`;
    return `${out}>`;
  }

  private lastChild(parent: XmlElement, names: string[]): XmlElement {
    let found: XmlElement | undefined;
    for (const child of parent.children) {
      if (child.type === 'element' && child.namespace === this.read.namespace && names.includes(child.localName)) found = child;
    }
    if (!found) throw new XliffError('invalid-structure', `<${parent.name}> has none of ${names.join(', ')}`);
    return found;
  }

  /**
   * Replaces the notes this tool wrote in an earlier export with the given ones, so exporting a
   * file twice does not pile up stale annotations; the translators' notes stay untouched.
   */
  addNotes(notesOf: (index: number) => string[]): void {
    const byUnit = new Map<XmlElement, string[]>();
    this.read.locations.forEach((location, i) => {
      const list = byUnit.get(location.unit) ?? [];
      list.push(...notesOf(i));
      byUnit.set(location.unit, list);
    });
    for (const [unit, notes] of byUnit) {
      this.removeOwnNotes(unit, notes.length > 0);
      if (!notes.length) continue;
      if (this.read.version === '1.2') this.addNotes12(unit, notes);
      else this.addNotes20(unit, notes);
    }
  }

  private removeOwnNotes(unit: XmlElement, willAdd: boolean): void {
    const ns = this.read.namespace;
    const isOwn = (note: XmlElement) => getAttribute(note, this.read.version === '1.2' ? 'from' : 'category') === REVISOR_NOTE_SOURCE;
    if (this.read.version === '1.2') {
      for (const note of childElements(unit, 'note', ns).filter(isOwn)) this.remove(note, unit);
      return;
    }
    const notesElement = childElements(unit, 'notes', ns)[0];
    if (!notesElement) return;
    const all = childElements(notesElement, 'note', ns);
    const own = all.filter(isOwn);
    // <notes> must hold at least one <note> in 2.0, so an emptied one goes as a whole.
    if (own.length && own.length === all.length && !willAdd) this.remove(notesElement, unit);
    else for (const note of own) this.remove(note, notesElement);
  }

  /** Deletes an element together with the whitespace that indents it. */
  private remove(element: XmlElement, parent: XmlElement): void {
    const indent = this.indentBefore(element, parent);
    this.deletions.push({ start: element.start - indent.length, end: element.end, text: '' });
  }

  private noteElement(note: string): string {
    const attribute = this.read.version === '1.2' ? 'from' : 'category';
    return `<${this.q('note')} ${attribute}="${REVISOR_NOTE_SOURCE}">${escapeXmlText(note)}</${this.q('note')}>`;
  }

  private addNotes12(unit: XmlElement, notes: string[]): void {
    const after = this.lastChild(unit, ['source', 'seg-source', 'target', 'note']);
    const indent = this.indentBefore(after, unit);
    this.inserts.push({ start: after.end, end: after.end, text: notes.map((note) => indent + this.noteElement(note)).join('') });
  }

  private addNotes20(unit: XmlElement, notes: string[]): void {
    const notesElement = childElements(unit, 'notes', this.read.namespace)[0];
    if (notesElement && !notesElement.selfClosing) {
      const existing = childElements(notesElement, 'note', this.read.namespace);
      const last = existing[existing.length - 1];
      const indent = last ? this.indentBefore(last, notesElement) : '';
      const at = last ? last.end : notesElement.openEnd;
      this.inserts.push({ start: at, end: at, text: notes.map((note) => indent + this.noteElement(note)).join('') });
      return;
    }
    const anchor = childElements(unit).find((child) => child.namespace === this.read.namespace && ['originalData', 'segment', 'ignorable'].includes(child.localName));
    if (!anchor) throw new XliffError('invalid-structure', `<unit> has no <segment>`);
    const indent = this.indentBefore(anchor, unit);
    const inner = indent ? `${indent}  ` : '';
    const block = `<${this.q('notes')}>${notes.map((note) => inner + this.noteElement(note)).join('')}${indent}</${this.q('notes')}>`;
    if (notesElement) this.inserts.push({ start: notesElement.start, end: notesElement.end, text: block });
    else this.inserts.push({ start: anchor.start, end: anchor.start, text: `${block}${indent}` });
  }

  edits(): TextEdit[] {
    const edits = [...this.inserts];
    for (const [element, change] of this.changes) edits.push(...this.elementEdits(element, change));
    for (const [unit, pending] of this.missingTargets) {
      const segSource = childElements(unit, 'seg-source', this.read.namespace)[0];
      if (!segSource) continue;
      const offset = segSource.openEnd;
      const markEdits: TextEdit[] = [];
      for (const mark of this.findMarks(segSource)) {
        markEdits.push({ start: mark.openEnd - offset, end: mark.closeStart - offset, text: pending.marks.get(mark) ?? '' });
      }
      const content = applyEdits(this.text.slice(segSource.openEnd, segSource.closeStart), markEdits);
      const indent = this.indentBefore(segSource, unit);
      edits.push({ start: segSource.end, end: segSource.end, text: `${indent}${this.openTag('target', pending.attributes)}${content}</${this.q('target')}>` });
    }
    return [...edits, ...this.deletions];
  }

  private findMarks(element: XmlElement): XmlElement[] {
    const out: XmlElement[] = [];
    for (const child of childElements(element)) {
      if (child.localName === 'mrk' && child.namespace === this.read.namespace && getAttribute(child, 'mtype') === 'seg') {
        if (!child.selfClosing) out.push(child);
      } else out.push(...this.findMarks(child));
    }
    return out;
  }

  private elementEdits(element: XmlElement, change: ElementChange): TextEdit[] {
    let openTag = this.text.slice(element.start, element.openEnd);
    if (change.attributes.size) {
      const tagEdits: TextEdit[] = [];
      for (const [name, value] of change.attributes) {
        const existing = element.attributes.find((a) => a.name === name);
        if (existing) {
          tagEdits.push({ start: existing.valueStart - element.start, end: existing.valueEnd - element.start, text: escapeXmlAttribute(value) });
        } else {
          const at = (element.attributes[element.attributes.length - 1]?.end ?? element.start + 1 + element.name.length) - element.start;
          tagEdits.push({ start: at, end: at, text: ` ${name}="${escapeXmlAttribute(value)}"` });
        }
      }
      openTag = applyEdits(openTag, tagEdits);
    }
    if (change.content === undefined) return [{ start: element.start, end: element.openEnd, text: openTag }];
    if (element.selfClosing) {
      const open = openTag.replace(/[ \t\r\n]*\/>$/, '>');
      return [{ start: element.start, end: element.end, text: `${open}${change.content}</${element.name}>` }];
    }
    const edits: TextEdit[] = [{ start: element.openEnd, end: element.closeStart, text: change.content }];
    if (change.attributes.size) edits.push({ start: element.start, end: element.openEnd, text: openTag });
    return edits;
  }
}
