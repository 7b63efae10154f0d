// The registry: every check, in the order flags are reported. Check ids never change.
import type { CheckDefinition } from './define-check.ts';

export const checks: readonly CheckDefinition[] = [
];
