// The editable MQM weights: one labelled number input per weight, non-negative only, and a reset to WMT's values.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultMqmWeights } from '../../../core/review/mqm.ts';
import type { MqmWeights } from '../../../core/review/types.ts';
import { useNumberDraft } from './useNumberDraft.ts';
import { useScoreFormat } from './useScoreFormat.ts';

interface MqmWeightsTableProps {
  weights: MqmWeights;
  onChangeWeights: (weights: MqmWeights) => void;
}

const isWeight = (value: number) => Number.isFinite(value) && value >= 0;

export function MqmWeightsTable({ weights, onChangeWeights }: MqmWeightsTableProps) {
  const { t } = useTranslation();
  const format = useScoreFormat();
  const ids = { caption: useId(), resetHint: useId() };
  // Remounting the rows drops drafts, so a reset also clears a rejected value still shown in some field.
  const [generation, setGeneration] = useState(0);
  const rows: { key: keyof MqmWeights; label: string }[] = [
    { key: 'neutral', label: t('mqm:severity.neutral') },
    { key: 'minor', label: t('mqm:severity.minor') },
    { key: 'major', label: t('mqm:severity.major') },
    { key: 'critical', label: t('mqm:severity.critical') },
    { key: 'minorPunctuation', label: t('mqm:score.weightMinorPunctuation') },
    { key: 'nonTranslation', label: t('mqm:score.weightNonTranslation') },
  ];
  const defaults = Object.fromEntries(
    Object.entries(defaultMqmWeights).map(([key, value]) => [key, format(value)]),
  ) as Record<keyof MqmWeights, string>;

  return (
    <div className="mqm-weights">
      <table aria-labelledby={ids.caption}>
        <caption id={ids.caption}>{t('mqm:score.weightsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mqm:score.weightColumnError')}</th>
            <th scope="col">{t('mqm:score.weightColumnWeight')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label }) => (
            <WeightRow
              key={`${key}-${generation}`}
              label={label}
              value={weights[key]}
              invalidMessage={t('mqm:score.weightInvalid')}
              onCommit={(value) => onChangeWeights({ ...weights, [key]: value })}
            />
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="button"
        aria-describedby={ids.resetHint}
        onClick={() => {
          setGeneration((n) => n + 1);
          onChangeWeights({ ...defaultMqmWeights });
        }}
      >
        {t('mqm:score.resetWeights')}
      </button>
      <p id={ids.resetHint} className="mqm-hint">
        {t('mqm:score.resetWeightsHint', defaults)}
      </p>
    </div>
  );
}

interface WeightRowProps {
  label: string;
  value: number;
  invalidMessage: string;
  onCommit: (value: number) => void;
}

function WeightRow({ label, value, invalidMessage, onCommit }: WeightRowProps) {
  const inputId = useId();
  const errorId = useId();
  const { isInvalid, inputProps } = useNumberDraft(value, isWeight, onCommit);
  return (
    <tr>
      <th scope="row">
        <label htmlFor={inputId}>{label}</label>
      </th>
      <td>
        <input
          id={inputId}
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          aria-describedby={isInvalid ? errorId : undefined}
          {...inputProps}
        />
        {isInvalid && (
          <p id={errorId} role="alert" className="field-error">
            <span aria-hidden="true">⚠ </span>
            {invalidMessage}
          </p>
        )}
      </td>
    </tr>
  );
}
