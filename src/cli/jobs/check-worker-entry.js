// Entry of each `revisor check` worker thread: Node's worker threads do not inherit tsx's loader, so register it here.
import { register } from 'tsx/esm/api';

register();
await import('./check-worker.ts');
