// Typed text of a number input kept until it is valid: only valid numbers are reported, a rejected one stays visible.
import { useState, type ChangeEvent } from 'react';

// An empty field is not 0: Number('') would silently zero a weight.
export function parseNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text.replace(',', '.'));
}

export interface NumberDraft {
  isInvalid: boolean;
  inputProps: {
    value: string;
    'aria-invalid': boolean;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    onBlur: () => void;
  };
}

export function useNumberDraft(value: number, isValid: (value: number) => boolean, onCommit: (value: number) => void): NumberDraft {
  // null shows the committed value; a draft lives while the field is being typed in, and on while it is invalid so the
  // mistake stays next to its message instead of snapping back.
  const [draft, setDraft] = useState<string | null>(null);
  const isInvalid = draft !== null && !isValid(parseNumber(draft));
  return {
    isInvalid,
    inputProps: {
      value: draft ?? String(value),
      'aria-invalid': isInvalid,
      onChange: (event) => {
        const text = event.target.value;
        setDraft(text);
        const parsed = parseNumber(text);
        if (isValid(parsed) && parsed !== value) onCommit(parsed);
      },
      onBlur: () => {
        if (draft !== null && isValid(parseNumber(draft))) setDraft(null);
      },
    },
  };
}
