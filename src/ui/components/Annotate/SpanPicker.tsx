// A sentence's text in which a span is selected with the mouse or by keyboard (word-wise), with existing annotations marked.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../core/review/types.ts';
import {
  moveSelection,
  selectionOfSpan,
  spanOfSelection,
  splitAnnotationSegments,
  topAnnotationSeverity,
  type SelectionMove,
  type TextSpan,
} from './annotate-spans.ts';
import { useMqmText } from './useMqmText.ts';
import './annotations.css';

export interface SpanPickerProps {
  /** The sentence's current text; offsets index it. */
  text: string;
  /** The selected span, or null when nothing is selected (a caret alone selects nothing). */
  value: TextSpan | null;
  onChange: (span: TextSpan | null) => void;
  /** Enter with a selection: open the annotation form. */
  onConfirm: () => void;
  /** Annotations of this sentence, marked in the text; they may overlap. */
  annotations?: readonly Annotation[];
  /** Accessible name of the text; a generic one when absent. */
  label?: string;
  /** DOM id of the focusable text, for shortcuts that move the focus here. */
  id?: string;
}

const MOVES: Record<string, SelectionMove> = { ArrowLeft: 'left', ArrowRight: 'right', Home: 'home', End: 'end' };
const NO_ANNOTATIONS: readonly Annotation[] = [];

// Markup that is not part of the sentence (the caret, insertion marks) carries data-nontext and is skipped when counting.
function textNodesOf(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-nontext]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** Offset into the sentence text of a DOM boundary point, whatever markup the text is split into; outside = the nearer end. */
function textOffsetOf(root: HTMLElement, node: Node, offset: number, length: number): number {
  if (!root.contains(node)) {
    return root.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING ? 0 : length;
  }
  const point = document.createRange();
  point.setStart(node, offset);
  let total = 0;
  for (const textNode of textNodesOf(root)) {
    if (textNode === node) return Math.min(total + offset, length);
    // -1 or 0: the text node ends before or at the point, so all of it lies before.
    if (point.comparePoint(textNode, textNode.length) > 0) break;
    total += textNode.length;
  }
  return Math.min(total, length);
}

export function SpanPicker({ text, value, onChange, onConfirm, annotations = NO_ANNOTATIONS, label, id }: SpanPickerProps) {
  const { t } = useTranslation();
  const mqm = useMqmText();
  const textRef = useRef<HTMLDivElement>(null);
  const helpId = useId();
  // Which end of the span stays put when Shift+arrow moves the other; a span alone does not say.
  const [anchorHint, setAnchorHint] = useState<number | null>(null);
  const [caretAt, setCaretAt] = useState(0);
  const caret = Math.min(caretAt, text.length);
  const span = value && { start: Math.min(value.start, text.length), end: Math.min(value.end, text.length) };
  const current = span ? selectionOfSpan(span, anchorHint) : { anchor: caret, focus: caret };

  const select = (anchor: number, focus: number) => {
    setAnchorHint(anchor);
    setCaretAt(focus);
    onChange(anchor === focus ? null : spanOfSelection({ anchor, focus }));
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.nativeEvent.isComposing) return;
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      const next = moveSelection(text, current, move, { extend: event.shiftKey, byCharacter: event.altKey });
      select(next.anchor, next.focus);
      return;
    }
    if (event.key === 'Enter') {
      // Swallowed without a selection too: the page's Enter (open the sentence editor) would be a surprise here.
      event.preventDefault();
      if (span) onConfirm();
    } else if (event.key === 'Escape' && span) {
      // Without a selection Escape is left to the page (it lets go of a selected flag).
      event.preventDefault();
      select(current.focus, current.focus);
    }
  };

  const handleMouseUp = () => {
    const root = textRef.current;
    const selection = window.getSelection();
    if (!root || !selection?.anchorNode || !selection.focusNode || selection.rangeCount === 0) return;
    if (!selection.getRangeAt(0).intersectsNode(root)) return;
    const anchor = textOffsetOf(root, selection.anchorNode, selection.anchorOffset, text.length);
    const focus = textOffsetOf(root, selection.focusNode, selection.focusOffset, text.length);
    // Our own highlight takes over; the native one would outlive the text nodes React re-renders.
    selection.removeAllRanges();
    root.focus();
    select(anchor, focus);
  };

  const describe = (list: readonly Annotation[]) =>
    list
      .map((annotation) =>
        t('workspace:annotate.markItem', {
          category: mqm.categoryPath(annotation.category),
          severity: mqm.severityName(annotation.severity),
        }),
      )
      .join('; ');

  const parts: ReactNode[] = [];
  let isCaretPlaced = span !== null;
  const caretMark = <span key="caret" className="span-picker-caret" data-nontext="" aria-hidden="true" />;
  for (const segment of splitAnnotationSegments(text.length, annotations, span, span ? [] : [caret])) {
    if (segment.start === segment.end) {
      parts.push(
        <span
          key={`point-${segment.start}`}
          className={`annotation-point severity-${topAnnotationSeverity(segment.annotations)}`}
          data-nontext=""
          aria-hidden="true"
          title={describe(segment.annotations)}
        >
          ‸
        </span>,
      );
      continue;
    }
    if (!isCaretPlaced && segment.start === caret) {
      parts.push(caretMark);
      isCaretPlaced = true;
    }
    const classes = [
      'span-picker-segment',
      segment.annotations.length > 0 && `annotation-mark severity-${topAnnotationSeverity(segment.annotations)}`,
      segment.annotations.length > 1 && 'annotation-multiple',
      segment.isSelected && 'is-selected',
    ];
    parts.push(
      <span
        key={`${segment.start}-${segment.end}`}
        className={classes.filter(Boolean).join(' ')}
        title={segment.annotations.length ? describe(segment.annotations) : undefined}
        data-annotation-count={segment.annotations.length || undefined}
      >
        {text.slice(segment.start, segment.end)}
      </span>,
    );
  }
  if (!isCaretPlaced) parts.push(caretMark);

  const readout = span
    ? t('workspace:annotate.readoutSpan', { text: text.slice(span.start, span.end) })
    : t('workspace:annotate.readoutNone');

  return (
    <div className="span-picker">
      <div
        ref={textRef}
        id={id}
        className="span-picker-text"
        role="textbox"
        aria-readonly="true"
        aria-label={label ?? t('workspace:annotate.pickerLabel')}
        aria-describedby={helpId}
        aria-keyshortcuts="Shift+ArrowLeft Shift+ArrowRight Enter Escape"
        tabIndex={0}
        onKeyDown={handleKeyDown}
        onMouseUp={handleMouseUp}
      >
        {parts}
      </div>
      <p id={helpId} className="span-picker-help">
        {t('workspace:annotate.pickerHelp')}
      </p>
      <p className={span ? 'span-picker-readout has-selection' : 'span-picker-readout'} aria-live="polite">
        {readout}
      </p>
    </div>
  );
}
