// The live MQM score: quality score and penalty with a pass/fail verdict in words, the editable threshold and weights,
// and the errors per category and severity. Shows what it is given; scoring stays in core.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MqmScore } from '../../../core/review/mqm.ts';
import type { MqmWeights } from '../../../core/review/types.ts';
import { MqmErrorChart } from './MqmErrorChart.tsx';
import { MqmWeightsTable } from './MqmWeightsTable.tsx';
import { useNumberDraft } from './useNumberDraft.ts';
import { useScoreFormat } from './useScoreFormat.ts';
import './score.css';

export interface MqmScorePanelProps {
  /** `scoreMqm(annotations, words, weights, passThreshold)` of the current review. */
  score: MqmScore;
  weights: MqmWeights;
  passThreshold: number;
  /** Word count of the article the score is per. */
  words: number;
  onChangeWeights: (weights: MqmWeights) => void;
  onChangeThreshold: (threshold: number) => void;
}

const isThreshold = (value: number) => Number.isFinite(value) && value >= 0 && value <= 100;

export function MqmScorePanel({ score, weights, passThreshold, words, onChangeWeights, onChangeThreshold }: MqmScorePanelProps) {
  const { t } = useTranslation();
  const format = useScoreFormat();
  const ids = { heading: useId(), threshold: useId(), thresholdError: useId() };
  const threshold = useNumberDraft(passThreshold, isThreshold, onChangeThreshold);
  const verdictValues = { score: format(score.qualityScore), threshold: format(passThreshold) };

  return (
    <section className="mqm-score" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('mqm:score.heading')}</h2>
      <dl className="mqm-figures">
        <div className="mqm-figure mqm-figure-main">
          <dt>{t('mqm:score.qualityScore')}</dt>
          <dd>{t('mqm:score.qualityScoreValue', { score: format(score.qualityScore) })}</dd>
        </div>
        <div className="mqm-figure">
          <dt>{t('mqm:score.penaltyPer100Words')}</dt>
          <dd>{format(score.penaltyPer100Words)}</dd>
        </div>
        <div className="mqm-figure">
          <dt>{t('mqm:score.penalty')}</dt>
          <dd>{format(score.penalty)}</dd>
        </div>
        <div className="mqm-figure">
          <dt>{t('mqm:score.words')}</dt>
          <dd>{format(words)}</dd>
        </div>
      </dl>
      <p role="status" className={score.passed ? 'mqm-verdict mqm-verdict-passed' : 'mqm-verdict mqm-verdict-failed'}>
        <span className="mqm-verdict-icon" aria-hidden="true">
          {score.passed ? '✓' : '✗'}
        </span>
        <strong>{score.passed ? t('mqm:score.passed') : t('mqm:score.failed')}</strong>{' '}
        {score.passed ? t('mqm:score.verdictPassed', verdictValues) : t('mqm:score.verdictFailed', verdictValues)}
      </p>
      <div className="mqm-threshold">
        <label htmlFor={ids.threshold}>{t('mqm:score.threshold')}</label>
        <input
          id={ids.threshold}
          type="number"
          inputMode="decimal"
          min={0}
          max={100}
          step="any"
          aria-describedby={threshold.isInvalid ? ids.thresholdError : undefined}
          {...threshold.inputProps}
        />
        {threshold.isInvalid && (
          <p id={ids.thresholdError} role="alert" className="field-error">
            <span aria-hidden="true">⚠ </span>
            {t('mqm:score.thresholdInvalid')}
          </p>
        )}
      </div>

      {score.byCategory.length === 0 ? (
        <p className="mqm-empty">{t('mqm:score.empty')}</p>
      ) : (
        <MqmErrorChart rows={score.byCategory} />
      )}

      {/* Weights change rarely: folded away so the score and the chart stay in view. */}
      <details className="mqm-weights-details">
        <summary>
          <h3>{t('mqm:score.weightsHeading')}</h3>
        </summary>
        <MqmWeightsTable weights={weights} onChangeWeights={onChangeWeights} />
      </details>
    </section>
  );
}
