// The shape of one benchmark section: tests/bench/run.ts runs them in order, each prints its own tables.
export interface BenchSection {
  name: string;
  run(): Promise<void>;
}
