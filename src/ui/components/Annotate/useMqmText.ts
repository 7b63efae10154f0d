// Localised MQM words (category names, descriptions, severities) from the "mqm" namespace, for the form, the score panel and R3's views.
import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { findMqmCategory, severityMessageKeys } from '../../../core/review/mqm.ts';
import type { AnnotationSeverity } from '../../../core/review/types.ts';

export interface MqmText {
  /** The category's own name: "Grammar" for "Fluency/Grammar"; an unknown id comes back as it is. */
  categoryName: (id: string) => string;
  /** Name with its parent, for places without a group heading: "Fluency / Grammar". */
  categoryPath: (id: string) => string;
  /** One-line explanation; '' for an id outside the typology. */
  categoryDescription: (id: string) => string;
  severityName: (severity: AnnotationSeverity) => string;
}

// The typology's keys are written "mqm.category.x" (namespace.key); inside the mqm namespace the key is "category.x".
const inNamespace = (key: string) => key.replace(/^mqm\./u, '');

function createMqmText(tMqm: TFunction): MqmText {
  const categoryName = (id: string) => {
    const category = findMqmCategory(id);
    return category ? tMqm(inNamespace(category.messageKey)) : id;
  };
  return {
    categoryName,
    categoryPath: (id) => {
      const parent = findMqmCategory(id)?.parent;
      return parent ? `${categoryName(parent)} / ${categoryName(id)}` : categoryName(id);
    },
    categoryDescription: (id) => {
      const category = findMqmCategory(id);
      return category ? tMqm(inNamespace(category.descriptionKey)) : '';
    },
    severityName: (severity) => tMqm(inNamespace(severityMessageKeys[severity])),
  };
}

/** Stable while the interface language stays. */
export function useMqmText(): MqmText {
  const { t: tMqm } = useTranslation('mqm');
  return useMemo(() => createMqmText(tMqm), [tMqm]);
}
