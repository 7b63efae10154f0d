// A sentence's text with its flags marked inline: underline style and colour by severity, the messages as the title.
import type { MouseEvent } from 'react';
import type { Flag } from '../../../core/index.ts';
import { splitIntoSegments, topSeverity } from './flag-segments.ts';
import './flags.css';

interface FlaggedTextProps {
  /** The whole document text; start and end index into it. */
  text: string;
  start: number;
  end: number;
  flags: readonly Flag[] | undefined;
  selectedFlagId: string | null;
  describe: (flags: readonly Flag[]) => string;
  onSelectFlag: (flagId: string) => void;
}

// Clicking a run covered by several flags again walks through them, so each can be reached with the mouse.
function pickFlag(flags: readonly Flag[], selectedFlagId: string | null): Flag {
  const current = flags.findIndex((flag) => flag.id === selectedFlagId);
  return flags[(current + 1) % flags.length]!;
}

export function FlaggedText({ text, start, end, flags, selectedFlagId, describe, onSelectFlag }: FlaggedTextProps) {
  if (!flags?.length) return <span className="sentence-text">{text.slice(start, end)}</span>;
  return (
    <span className="sentence-text">
      {splitIntoSegments(start, end, flags).map((segment) => {
        const content = text.slice(segment.start, segment.end);
        if (segment.flags.length === 0) return content;
        const isSelected = segment.flags.some((flag) => flag.id === selectedFlagId);
        const classes = [
          'flag-mark',
          `severity-${topSeverity(segment.flags)}`,
          segment.start === segment.end && 'flag-point',
          segment.flags.length > 1 && 'flag-multiple',
          isSelected && 'is-selected',
        ];
        const handleClick = (event: MouseEvent) => {
          event.stopPropagation();
          onSelectFlag(pickFlag(segment.flags, selectedFlagId).id);
        };
        return (
          <mark
            key={`${segment.start}-${segment.end}`}
            className={classes.filter(Boolean).join(' ')}
            title={describe(segment.flags)}
            data-flag-ids={segment.flags.map((flag) => flag.id).join(' ')}
            onClick={handleClick}
          >
            {content}
          </mark>
        );
      })}
    </span>
  );
}
