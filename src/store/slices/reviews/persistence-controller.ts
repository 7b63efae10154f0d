// Keeps the open review in IndexedDB: every opened article becomes a saved review, changes autosave, the last review comes back on start, two tabs never overwrite each other.
import {
  ConflictError,
  createAutosaver,
  createTabGuard,
  openReviewDb,
  QuotaError,
  StorageUnavailableError,
  type Autosaver,
  type AutosaveStatus,
  type ConflictChoice,
  type GuardChannel,
  type ReviewClaim,
  type ReviewDb,
  type SavedReview,
  type TabGuard,
} from '../../persistence/index.ts';
import { PROJECT_FORMAT, PROJECT_VERSION, type ReviewProjectFile } from '../../../core/project/project-json.ts';
import type { AppState, AppStore } from '../../store.ts';
import { selectReview } from '../review/selectors.ts';
import type { SaveStatus } from './state.ts';

/** localStorage key of the review that was open last, reopened on the next start. */
export const LAST_REVIEW_STORAGE_KEY = 'revisor.lastReview';

export interface PersistenceOptions {
  /** The IndexedDB to use; undefined = the browser's, null = none (nothing is saved and the reviewer is told). */
  indexedDB?: IDBFactory | null;
  /** How tabs talk; undefined = BroadcastChannel, null = none (this tab always owns). */
  guardChannel?: GuardChannel | null;
  /** Where the last open review's id is remembered; undefined = localStorage. */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  writerId?: string;
  /** How long a claim waits for another tab to say it has the review. */
  answerTimeoutMs?: number;
  /** How long a take-over waits for the other tab to flush and let go. */
  yieldTimeoutMs?: number;
  autosaveDelayMs?: number;
  autosaveMaxDelayMs?: number;
}

export interface PersistenceController {
  /** Opens the database and reopens the last review; the returned function stops everything (flushing first). */
  start(): () => void;
  openReview(id: string): Promise<void>;
  /** Deletes a saved review; deleting the open one opens the next, or leaves the empty state. */
  deleteReview(id: string): Promise<void>;
  /** Answers "this review is open in another tab". */
  chooseReadOnly(): void;
  /** Answers the same question with take-over, or takes over later from read-only; reloads the review afterwards. */
  takeOver(): Promise<void>;
  /** After a conflict: reads the review again as the other tab saved it. */
  reload(): Promise<void>;
  /** Writes any unsaved change now (pagehide, hidden page). */
  flush(): Promise<void>;
  /** The open review as a project JSON document (original text, title, language, review state); null without one. */
  exportProject(): ReviewProject | null;
}

/** The review as one self-contained JSON document (see core/project/project-json.ts). */
export type ReviewProject = ReviewProjectFile;

/** One review open in this tab: how it is written, and whether this tab may. */
interface OpenEntry {
  id: string;
  /** What is saved beside the review state; read at each save, so a change of language is saved with the next write. */
  meta: {
    id: string;
    title: string;
    lang: string;
    text: string;
    work?: SavedReview['work'];
    sentenceCount?: number;
    wordCount?: number;
  };
  /** The revision this tab last read or wrote; a save from any other revision is a conflict (0 = not stored yet). */
  revision: number;
  autosaver: Autosaver<unknown> | null;
  claim: ReviewClaim | null;
}

interface Session {
  db: ReviewDb | null;
  guard: TabGuard | null;
  entry: OpenEntry | null;
  isStopped: boolean;
  /** Resolves the pending "open in another tab" question. */
  answer: ((choice: ConflictChoice) => void) | null;
}

function newReviewId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function defaultStorage(): Pick<Storage, 'getItem' | 'setItem'> | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Counts shown in the list of reviews without reading the article. */
function countsOf(state: AppState): { sentenceCount?: number; wordCount?: number } {
  return state.stats ? { sentenceCount: state.stats.sentences, wordCount: state.stats.words } : {};
}

function toSaveStatus(status: AutosaveStatus): SaveStatus {
  switch (status.kind) {
    case 'saved':
      return { kind: 'saved', at: status.at };
    case 'error':
      if (status.error instanceof QuotaError) return { kind: 'quota' };
      if (status.error instanceof ConflictError) return { kind: 'conflict' };
      if (status.error instanceof StorageUnavailableError) return { kind: 'unavailable' };
      return { kind: 'failed' };
    default:
      return { kind: status.kind };
  }
}

/** The opened file as saved: only when it is not plain text (plain text is the record's `text` itself). */
function workOf(state: AppState): SavedReview['work'] {
  const file = state.work?.file;
  return file && file.format !== 'text' ? { ...file } : undefined;
}

/** The open review as a project file; null without an article. */
export function projectOf(state: AppState): ReviewProjectFile | null {
  if (!state.document) return null;
  const project: ReviewProjectFile = {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    title: state.title ?? '',
    lang: state.lang,
    file: state.work?.file ?? { format: 'text', name: state.title ?? '', original: state.text },
    review: selectReview(state),
    exportedAt: new Date().toISOString(),
  };
  if (state.sourceDocument) project.sourceLang = state.sourceDocument.lang;
  return project;
}

/** What is saved of the review slice: its present state (undo history is not kept across reloads). */
function reviewOf(state: AppState): unknown {
  return selectReview(state);
}

export function createPersistenceController(store: AppStore, options: PersistenceOptions = {}): PersistenceController {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  let session: Session | null = null;
  // Set while this controller itself replaces the article, so the change is not taken for a newly opened one.
  let isRestoring = false;
  let seen: Pick<AppState, 'document' | 'text' | 'title' | 'detectedLang'> & { review: unknown } = {
    document: null,
    text: '',
    title: null,
    detectedLang: null,
    review: null,
  };

  const actions = () => store.getState();
  const remember = () => {
    const state = store.getState();
    seen = { document: state.document, text: state.text, title: state.title, detectedLang: state.detectedLang, review: reviewOf(state) };
  };
  const rememberLast = (id: string) => {
    try {
      storage?.setItem(LAST_REVIEW_STORAGE_KEY, id);
    } catch {
      // A full or disabled localStorage only means the most recent review is reopened instead.
    }
  };

  const refreshList = async (current: Session) => {
    if (!current.db) return;
    try {
      const list = await current.db.listReviews();
      if (!current.isStopped) actions().setSavedReviews(list);
    } catch {
      // The list stays as it was; saving itself reports storage problems.
    }
  };

  /** Starts writing `entry` from `revision` on (0 for a review not stored yet). */
  const startWriting = (current: Session, entry: OpenEntry, revision: number) => {
    entry.autosaver?.dispose();
    entry.autosaver = null;
    const { db, guard } = current;
    if (!db || !guard) return;
    entry.revision = revision;
    entry.autosaver = createAutosaver<unknown>({
      save: async (review) => {
        const saved = await db.saveReview(
          { ...entry.meta, review, writerId: guard.writerId },
          { expectedRevision: entry.revision },
        );
        entry.revision = saved.revision;
      },
      delayMs: options.autosaveDelayMs,
      maxDelayMs: options.autosaveMaxDelayMs,
      onStatus: (status) => {
        if (current.isStopped || current.entry !== entry) return;
        actions().setSaveStatus(toSaveStatus(status));
        if (status.kind === 'saved') void refreshList(current);
        // Someone else wrote this review: stop here rather than retry over their work.
        if (status.kind === 'error' && status.error instanceof ConflictError) entry.autosaver?.dispose();
      },
    });
  };

  /** Lets go of the open review: its last changes are flushed (unless it was deleted) and other tabs are told. */
  const closeEntry = (current: Session, options_: { flush: boolean }) => {
    const entry = current.entry;
    if (!entry) return;
    current.entry = null;
    current.answer?.('read-only');
    current.answer = null;
    const autosaver = entry.autosaver;
    if (autosaver && options_.flush) void autosaver.flush().finally(() => autosaver.dispose());
    else autosaver?.dispose();
    entry.claim?.release();
  };

  const claimOptions = (current: Session, entry: OpenEntry) => ({
    onConflict: () =>
      new Promise<ConflictChoice>((resolve) => {
        if (current.isStopped || current.entry !== entry) {
          resolve('read-only');
          return;
        }
        current.answer = resolve;
        actions().setOwnership('asking');
      }),
    onLost: async () => {
      // The other tab waits for this flush before it reads the review, so the last changes here are in what it shows.
      await entry.autosaver?.flush();
      entry.autosaver?.dispose();
      entry.autosaver = null;
      if (!current.isStopped && current.entry === entry) actions().setOwnership('lost');
    },
  });

  /** Puts `record` on screen without it counting as a change. */
  const show = (record: SavedReview) => {
    isRestoring = true;
    try {
      actions().restoreSavedReview(record);
    } finally {
      isRestoring = false;
    }
    remember();
  };

  /** Reads the review again after another tab wrote it, and writes from its revision on. */
  const reloadEntry = async (current: Session, entry: OpenEntry): Promise<boolean> => {
    if (!current.db) return false;
    const record = await current.db.loadReview(entry.id);
    if (current.isStopped || current.entry !== entry) return false;
    if (!record) {
      await deleteOpen(current);
      return false;
    }
    entry.meta = { ...entry.meta, title: record.title, lang: record.lang, text: record.text, work: record.work };
    show(record);
    startWriting(current, entry, record.revision);
    actions().setSaveStatus({ kind: 'saved', at: Date.parse(record.updatedAt) || Date.now() });
    return true;
  };

  const beginNewReview = (current: Session) => {
    const state = store.getState();
    closeEntry(current, { flush: true });
    const id = newReviewId();
    const entry: OpenEntry = {
      id,
      meta: {
        id,
        title: state.title ?? '',
        lang: state.lang,
        text: state.text,
        work: workOf(state),
        ...countsOf(state),
      },
      revision: 0,
      autosaver: null,
      claim: null,
    };
    current.entry = entry;
    actions().setCurrentReviewId(id);
    rememberLast(id);
    if (!current.db || !current.guard) {
      actions().setOwnership('none');
      return;
    }
    actions().setOwnership('owner');
    startWriting(current, entry, 0);
    // Saved at once, so even an article closed before its first change is in the list.
    entry.autosaver!.change(reviewOf(state));
    void entry.autosaver!.flush();
    // A new id cannot be open in another tab; the claim only lets later tabs find this one.
    void current.guard.claimReview(id, claimOptions(current, entry)).then((claim) => {
      if (current.isStopped || current.entry !== entry) claim.release();
      else entry.claim = claim;
    });
  };

  const openSaved = async (current: Session, id: string): Promise<boolean> => {
    if (!current.db || !current.guard) return false;
    if (current.entry?.id === id) return true;
    let record: SavedReview | null;
    try {
      record = await current.db.loadReview(id);
    } catch {
      // A damaged record or one from a newer version: leave it in storage untouched and keep what is open.
      actions().setSaveStatus({ kind: 'failed' });
      return false;
    }
    if (current.isStopped || !record) return false;
    closeEntry(current, { flush: true });
    const entry: OpenEntry = {
      id,
      meta: { id, title: record.title, lang: record.lang, text: record.text, work: record.work },
      revision: record.revision,
      autosaver: null,
      claim: null,
    };
    current.entry = entry;
    show(record);
    entry.meta = { ...entry.meta, ...countsOf(store.getState()) };
    rememberLast(id);
    actions().setOwnership('claiming');
    actions().setSaveStatus({ kind: 'saved', at: Date.parse(record.updatedAt) || Date.now() });
    let tookOver = false;
    const base = claimOptions(current, entry);
    const claim = await current.guard.claimReview(id, {
      ...base,
      onConflict: async () => {
        const choice = await base.onConflict();
        tookOver = choice === 'take-over';
        return choice;
      },
    });
    current.answer = null;
    if (current.isStopped || current.entry !== entry) {
      claim.release();
      return true;
    }
    entry.claim = claim;
    if (claim.mode !== 'owner') {
      actions().setOwnership('read-only');
      return true;
    }
    // After a take-over the other tab has flushed its last changes: show those, not the copy read before.
    if (tookOver) await reloadEntry(current, entry);
    else startWriting(current, entry, record.revision);
    if (current.entry === entry) actions().setOwnership('owner');
    return true;
  };

  const deleteOpen = async (current: Session) => {
    closeEntry(current, { flush: false });
    const list = current.db ? await current.db.listReviews().catch(() => []) : [];
    if (current.isStopped) return;
    actions().setSavedReviews(list);
    const next = list[0];
    if (next && (await openSaved(current, next.id))) return;
    isRestoring = true;
    try {
      actions().closeArticle();
    } finally {
      isRestoring = false;
    }
    remember();
    actions().setOwnership('none');
  };

  const handleStoreChange = (current: Session) => {
    if (isRestoring || current.isStopped) return;
    const state = store.getState();
    if (state.document !== seen.document) {
      const isNewArticle = state.text !== seen.text || state.title !== seen.title || state.detectedLang !== seen.detectedLang;
      remember();
      if (!state.document) return;
      // openArticle always detects the language afresh; a change of language alone re-segments the same article.
      if (isNewArticle || !current.entry) {
        beginNewReview(current);
        return;
      }
      const entry = current.entry;
      entry.meta = { ...entry.meta, lang: state.lang, work: workOf(state) };
      if (state.ownership === 'owner') entry.autosaver?.change(reviewOf(state));
      return;
    }
    const review = reviewOf(state);
    if (review === seen.review) return;
    seen = { ...seen, review };
    if (current.entry?.autosaver && state.ownership === 'owner') current.entry.autosaver.change(review);
  };

  const withSession = <T>(run: (current: Session) => T, fallback: T): T =>
    session && !session.isStopped ? run(session) : fallback;

  return {
    start() {
      const current: Session = { db: null, guard: null, entry: null, isStopped: false, answer: null };
      session = current;
      actions().setStartup('pending');
      actions().setSaveStatus({ kind: 'idle' });
      remember();
      const unsubscribe = store.subscribe(() => handleStoreChange(current));

      void (async () => {
        try {
          if (options.indexedDB !== null) {
            current.db = await openReviewDb(options.indexedDB, {
              onVersionChange: () => actions().setSaveStatus({ kind: 'unavailable' }),
            });
          }
        } catch {
          current.db = null;
        }
        if (current.isStopped) {
          current.db?.close();
          return;
        }
        if (!current.db) {
          actions().setSaveStatus({ kind: 'unavailable' });
          if (store.getState().document) beginNewReview(current);
          actions().setStartup('fresh');
          return;
        }
        current.guard = createTabGuard({
          writerId: options.writerId,
          channel: options.guardChannel,
          answerTimeoutMs: options.answerTimeoutMs,
          yieldTimeoutMs: options.yieldTimeoutMs,
        });
        const list = await current.db.listReviews().catch(() => []);
        if (current.isStopped) return;
        actions().setSavedReviews(list);
        if (store.getState().document) {
          // An article was opened while the database was opening: it is the review now.
          beginNewReview(current);
          actions().setStartup('fresh');
          return;
        }
        let lastId: string | null = null;
        try {
          lastId = storage?.getItem(LAST_REVIEW_STORAGE_KEY) ?? null;
        } catch {
          lastId = null;
        }
        const target = list.find((summary) => summary.id === lastId) ?? list[0];
        const hasRestored = target ? await openSaved(current, target.id) : false;
        if (!current.isStopped) actions().setStartup(hasRestored ? 'restored' : 'fresh');
      })();

      return () => {
        current.isStopped = true;
        unsubscribe();
        const entry = current.entry;
        current.answer?.('read-only');
        const flushed = entry?.autosaver ? entry.autosaver.flush() : Promise.resolve();
        void flushed.finally(() => {
          entry?.autosaver?.dispose();
          current.guard?.close();
          current.db?.close();
        });
        if (session === current) session = null;
      };
    },

    openReview: (id) => withSession(async (current) => void (await openSaved(current, id)), Promise.resolve()),

    deleteReview: (id) =>
      withSession(async (current) => {
        if (!current.db) return;
        await current.db.deleteReview(id);
        if (current.entry?.id === id) await deleteOpen(current);
        else await refreshList(current);
      }, Promise.resolve()),

    chooseReadOnly() {
      withSession((current) => {
        current.answer?.('read-only');
        current.answer = null;
      }, undefined);
    },

    takeOver: () =>
      withSession(async (current) => {
        if (current.answer) {
          // The claim in progress finishes the take-over and reloads the review.
          current.answer('take-over');
          current.answer = null;
          return;
        }
        const entry = current.entry;
        if (!entry?.claim) return;
        await entry.claim.takeOver();
        if (current.isStopped || current.entry !== entry) return;
        if (await reloadEntry(current, entry)) actions().setOwnership('owner');
      }, Promise.resolve()),

    reload: () =>
      withSession(async (current) => {
        const entry = current.entry;
        if (entry) await reloadEntry(current, entry);
      }, Promise.resolve()),

    flush: () => withSession(async (current) => void (await current.entry?.autosaver?.flush()), Promise.resolve()),

    exportProject() {
      return projectOf(store.getState());
    },
  };
}
