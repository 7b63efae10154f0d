// The analysis slice: the newest request wins, flags belong to the document they were computed for.
import { describe, expect, it } from 'vitest';
import type { Flag } from '../../src/core/index.ts';
import { createAppStore } from '../../src/store/store.ts';
import {
  selectAnalysisStatus,
  selectCurrentSentence,
  selectFlagCounts,
  selectFlags,
  selectFlagsBySentence,
} from '../../src/store/slices/analysis/selectors.ts';

const TEXT = 'Der Hund bellt. Die Katze schläft.\nDer Vogel singt.';

function flag(id: string, start: number, end: number, check = 'x'): Flag {
  return { id, check, start, end, category: 'Fluency', severity: 'minor', messageId: 'm', data: {}, suggestions: [] };
}

function openStore() {
  const store = createAppStore();
  store.getState().openArticle({ title: 't', text: TEXT, source: 'paste' });
  return store;
}

describe('analysis slice', () => {
  it('ignores the result and progress of an older request once a newer one started', () => {
    const store = openStore();
    const { beginAnalysis, completeAnalysis, reportAnalysisProgress } = store.getState();
    const document = store.getState().document!;
    const old = beginAnalysis(document);
    const current = beginAnalysis(document);

    reportAnalysisProgress(old, { phase: 'analyzing', done: 1, total: 1 });
    completeAnalysis(old, { flags: [flag('old', 0, 3)], checkFailures: [], millis: 1 });
    expect(store.getState().analysisProgress).toBeNull();
    expect(selectAnalysisStatus(store.getState())).toBe('running');
    expect(selectFlags(store.getState())).toEqual([]);

    completeAnalysis(current, { flags: [flag('new', 4, 8)], checkFailures: [], millis: 1 });
    expect(selectFlags(store.getState()).map((f) => f.id)).toEqual(['new']);
  });

  it('ignores a failure of an older request', () => {
    const store = openStore();
    const document = store.getState().document!;
    const old = store.getState().beginAnalysis(document);
    const current = store.getState().beginAnalysis(document);
    store.getState().failAnalysis(old, 'stale');
    store.getState().completeAnalysis(current, { flags: [], checkFailures: [], millis: 1 });
    expect(selectAnalysisStatus(store.getState())).toBe('done');
    expect(store.getState().analysisError).toBeNull();
  });

  it('hides the flags as soon as the document is re-segmented in another language', () => {
    const store = openStore();
    const id = store.getState().beginAnalysis(store.getState().document!);
    store.getState().completeAnalysis(id, { flags: [flag('a', 0, 3)], checkFailures: [], millis: 1 });
    expect(selectFlags(store.getState())).toHaveLength(1);
    store.getState().setArticleLang('en');
    expect(selectFlags(store.getState())).toEqual([]);
    expect(selectAnalysisStatus(store.getState())).toBe('idle');
  });

  it('files flags under every sentence they touch and makes the first one current when selected', () => {
    const store = openStore();
    const id = store.getState().beginAnalysis(store.getState().document!);
    // [13, 18) runs from "bellt." into "Die Katze".
    store.getState().completeAnalysis(id, {
      flags: [flag('across', 13, 18, 'missing-space'), flag('last', 35, 38)],
      checkFailures: [],
      millis: 1,
    });
    const bySentence = selectFlagsBySentence(store.getState());
    expect([...bySentence].map(([index, flags]) => `${index}:${flags.map((f) => f.id).join()}`)).toEqual([
      '0:across',
      '1:across',
      '2:last',
    ]);
    expect(selectFlagsBySentence(store.getState())).toBe(bySentence);

    store.getState().selectFlag('across');
    expect(selectCurrentSentence(store.getState())).toBe(0);
    store.getState().selectFlag('last');
    expect(selectCurrentSentence(store.getState())).toBe(2);
  });

  it('counts flags per severity and per check, most frequent check first', () => {
    const store = openStore();
    const id = store.getState().beginAnalysis(store.getState().document!);
    const flags = [flag('a', 0, 1, 'b-check'), flag('b', 2, 3, 'a-check'), flag('c', 4, 5, 'a-check')];
    flags[0]!.severity = 'major';
    store.getState().completeAnalysis(id, { flags, checkFailures: [], millis: 1 });
    expect(selectFlagCounts(store.getState())).toEqual({
      total: 3,
      bySeverity: { critical: 0, major: 1, minor: 2 },
      byCheck: [
        { check: 'a-check', count: 2 },
        { check: 'b-check', count: 1 },
      ],
    });
  });
});
