// Fuzzer for `npm run fuzz`: mutates real files and feeds them to every importer; saves inputs that crash or hang one.
// Usage: npm run fuzz -- [--seconds 60] [--seed N]. The same seed gives the same inputs; only the run's length differs.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { crashFileName, importerNames, textToUtf16, type FuzzInput, type ImporterName } from './importers.ts';
import type { FuzzReply, FuzzRequest } from './worker.ts';

/** A single input may take this long in one importer; longer is a hang. */
const BUDGET_MS = 2000;
/** Mutants grow by duplication and splicing; beyond this they are cut, to keep the run fast. */
const MAX_BYTES = 32 * 1024;
const POOL_SIZE = 300;

const root = new URL('../../', import.meta.url);
const crashDir = new URL('tests/fuzz/crashes/', root);

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`--${name} needs a non-negative number`);
    process.exit(2);
  }
  return value;
}

const seconds = option('seconds', 60);
const seed = option('seed', Math.floor(Math.random() * 2 ** 31));

// mulberry32: small, fast and reproducible from one 32-bit seed.
let state = seed >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
}
const below = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[below(items.length)]!;

/** The importer a seed is written for; plain text counts as Markdown without markup. */
type SeedFormat = 'xliff' | 'delimited' | 'markdown' | 'mqm-tsv';
interface Seed {
  name: string;
  bytes: Uint8Array;
  format: SeedFormat;
  ext: string;
}

function loadSeeds(): Seed[] {
  const list = (dir: string) => readdirSync(new URL(dir, root)).map((name) => `${dir}${name}`);
  const paths = [
    ...list('tests/fixtures/xliff/'),
    ...list('samples/').filter((p) => p.endsWith('.txt')),
    ...list('samples/bilingual/'),
    ...list('tests/fuzz/seeds/'),
  ];
  return paths.map((path) => {
    const ext = path.endsWith('.mqm.tsv') ? 'tsv' : path.slice(path.lastIndexOf('.') + 1);
    const format: SeedFormat = path.endsWith('.mqm.tsv')
      ? 'mqm-tsv'
      : ext === 'xlf'
        ? 'xliff'
        : ext === 'tsv' || ext === 'csv'
          ? 'delimited'
          : 'markdown';
    return { name: path, bytes: new Uint8Array(readFileSync(new URL(path, root))), format, ext };
  });
}

const utf8 = (text: string) => new TextEncoder().encode(text);
// What breaks parsers: XML declarations, entities and references, CDATA, XLIFF structure, CSV quoting, Markdown
// markup, MQM markers and escapes, sentence punctuation.
const TOKENS: Uint8Array[] = [
  '<!DOCTYPE x [<!ENTITY e "v">]>', '<!DOCTYPE xliff SYSTEM "x.dtd">', '<!ENTITY % p SYSTEM "file:///etc/passwd">', '&e;', '&amp;',
  '&#0;', '&#x1F600;', '&#xD800;', '&#1114112;', '&#', '&', '<![CDATA[', ']]>', '<!--', '-->', '<?xml version="1.0"?>', '<?pi x?>',
  '<', '>', '/>', '</', '=', '"', "'", '""', '<target>', '</target>', '<target/>', '<source>', '</source>',
  '<mrk mtype="seg" mid="1">', '</mrk>', '<g id="1">', '</g>', '<x id="1"/>', '<bx id="2"/>', '<ex id="3" rid="2"/>',
  '<seg-source>', '</seg-source>', '<trans-unit id="1">', '</trans-unit>', '<unit id="u1"><segment><source>',
  '</source></segment></unit>', '<note from="revisor">', '<notes><note>n</note></notes>', 'translate="no"',
  'xmlns="urn:oasis:names:tc:xliff:document:2.0"', 'xmlns:p="urn:oasis:names:tc:xliff:document:1.2"', 'p:', 'version="2.0"',
  'xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"', '<sdl:seg-defs><sdl:seg id="1" conf="Draft"/></sdl:seg-defs>',
  '\t', ',', ';', '\r\n', '\r', '\n', '\n\n', ' ', '#', '## ', '**', '_', '~~', '`', '```', '[', '](', ')', '![', '> ', '- ', '1. ',
  '|', '|---|---|\n', '    ', '\\', '---\n', '<div>', '<v>', '</v>', '\\t', '\\n', 'No-error', 'Major', 'source', 'target', 'id',
  'notes', 'en', 'de-DE', '„', '“', '»', '(', '...', 'z. B.', 'Dr.', ' 4. ', 'U.S.', 'bbabo.Net', 'Read more', '3,000', '2.5',
  '\u2028', '\u0085', '\u00a0', '😀', 'e\u0301',
].map(utf8);
// Byte sequences no token list in UTF-8 can hold: BOMs, NUL, CESU-8 surrogates, stray continuation and lead bytes.
const RAW: Uint8Array[] = [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0], [0, 0], [0xed, 0xa0, 0x80], [0xed, 0xb0, 0x80], [0x80], [0xc3], [0xf0, 0x9f], [0x1b], [0x7f], [0x96]].map(
  (bytes) => new Uint8Array(bytes),
);
// Code units inserted after decoding, which no well-formed encoding can deliver.
const TEXT_UNITS = ['\ud800', '\udc00', '\udbff\udfff', '\0', '\ufeff', '\ufffe', '\uffff', '\u0085', '\u2029', '\u200b', '\u0301'];

function insertAt(bytes: Uint8Array, at: number, piece: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length + piece.length);
  out.set(bytes.subarray(0, at));
  out.set(piece, at);
  out.set(bytes.subarray(at), at + piece.length);
  return out;
}

function removeRange(bytes: Uint8Array, from: number, to: number): Uint8Array {
  const out = new Uint8Array(bytes.length - (to - from));
  out.set(bytes.subarray(0, from));
  out.set(bytes.subarray(to), from);
  return out;
}

/** Token boundaries: white space, markup and delimiter characters, so token mutations move whole words and tags. */
function tokenBounds(bytes: Uint8Array): number[] {
  const bounds = [0];
  for (let i = 1; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x20 || b === 0x0a || b === 0x09 || b === 0x3c || b === 0x3e || b === 0x2c || b === 0x3b || b === 0x22 || b === 0x7c) bounds.push(i);
  }
  bounds.push(bytes.length);
  return bounds;
}

function randomSlice(bytes: Uint8Array, maxLength: number): [number, number] {
  const from = below(bytes.length + 1);
  return [from, Math.min(bytes.length, from + 1 + below(maxLength))];
}

function mutate(input: Uint8Array, seeds: readonly Seed[]): Uint8Array {
  let bytes = input;
  const rounds = 1 + below(6);
  for (let r = 0; r < rounds; r++) {
    const at = below(bytes.length + 1);
    switch (below(11)) {
      case 0: // flip a bit
        if (bytes.length) {
          bytes = bytes.slice();
          bytes[below(bytes.length)]! ^= 1 << below(8);
        }
        break;
      case 1: // random bytes
        bytes = insertAt(bytes, at, Uint8Array.from({ length: 1 + below(8) }, () => below(256)));
        break;
      case 2: {
        const [from, to] = randomSlice(bytes, 64);
        bytes = removeRange(bytes, from, to);
        break;
      }
      case 3: {
        // Duplicate a slice, sometimes many times over: long runs find the quadratic paths.
        const [from, to] = randomSlice(bytes, 256);
        const times = random() < 0.2 ? 2 + below(200) : 1;
        const piece = new Uint8Array((to - from) * times);
        for (let k = 0; k < times; k++) piece.set(bytes.subarray(from, to), k * (to - from));
        bytes = insertAt(bytes, at, piece);
        break;
      }
      case 4: {
        // Splice: this file's head with another file's tail.
        const other = pick(seeds).bytes;
        const cut = below(other.length + 1);
        bytes = new Uint8Array([...bytes.subarray(0, at), ...other.subarray(cut)]);
        break;
      }
      case 5: {
        const other = pick(seeds).bytes;
        const [from, to] = randomSlice(other, 512);
        bytes = insertAt(bytes, at, other.subarray(from, to));
        break;
      }
      case 6:
      case 7:
        bytes = insertAt(bytes, at, pick(TOKENS));
        break;
      case 8:
        bytes = insertAt(bytes, random() < 0.3 ? 0 : at, pick(RAW));
        break;
      case 9: {
        // Move, duplicate or drop a whole token.
        const bounds = tokenBounds(bytes);
        const k = below(bounds.length - 1);
        const [from, to] = [bounds[k]!, bounds[k + 1]!];
        const token = bytes.slice(from, to);
        const choice = below(3);
        if (choice !== 1) bytes = removeRange(bytes, from, to);
        if (choice !== 0) bytes = insertAt(bytes, below(bytes.length + 1), token);
        break;
      }
      default: {
        // Replace a token with a dictionary token.
        const bounds = tokenBounds(bytes);
        const k = below(bounds.length - 1);
        bytes = insertAt(removeRange(bytes, bounds[k]!, bounds[k + 1]!), bounds[k]!, pick(TOKENS));
      }
    }
  }
  return bytes.length > MAX_BYTES ? bytes.slice(0, MAX_BYTES) : bytes;
}

/** A text-level mutant: the bytes read as UTF-8, with code units inserted that no encoding delivers. */
function toTextInput(bytes: Uint8Array): FuzzInput {
  let text = new TextDecoder('utf-8').decode(bytes);
  for (let k = 1 + below(4); k > 0; k--) {
    const at = below(text.length + 1);
    text = text.slice(0, at) + pick(TEXT_UNITS) + text.slice(at);
  }
  return { kind: 'text', text };
}

/** The worker, restarted after a hang; its analyzer loads the dictionaries once per start. */
class Runner {
  private worker!: Worker;
  private nextId = 0;
  private pending: ((reply: FuzzReply) => void) | undefined;

  async start(): Promise<void> {
    const url = new URL('./worker.ts', import.meta.url).href;
    // Node 20 loads a worker's entry before --import hooks apply, so the worker registers tsx itself.
    const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); });`;
    // A memory limit, so that an importer that allocates without end kills its worker, not the machine.
    this.worker = new Worker(boot, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    await new Promise<void>((resolve, reject) => {
      this.worker.once('error', reject);
      this.worker.once('message', () => {
        this.worker.off('error', reject);
        resolve();
      });
    });
    this.worker.on('message', (reply: FuzzReply) => this.pending?.(reply));
    // A worker that dies (out of memory, a stack overflow outside any try) fails the input it was running.
    this.worker.on('error', (error) => this.pending?.({ id: -1, outcome: 'crash', error: error.stack ?? String(error) }));
    this.worker.on('exit', (code) => this.pending?.({ id: -1, outcome: 'crash', error: `the worker exited with code ${code}` }));
  }

  /** The reply, or 'hang' when the importer ran past the budget (the worker is then replaced). */
  async run(importer: ImporterName, input: FuzzInput): Promise<FuzzReply | 'hang'> {
    const request: FuzzRequest = { id: this.nextId++, importer, input };
    let timer: NodeJS.Timeout | undefined;
    const reply = await new Promise<FuzzReply | 'hang'>((resolve) => {
      this.pending = resolve;
      timer = setTimeout(() => resolve('hang'), BUDGET_MS);
      this.worker.postMessage(request);
    });
    clearTimeout(timer);
    this.pending = undefined;
    if (reply === 'hang' || reply.id === -1) {
      await this.worker.terminate();
      await this.start();
    }
    return reply;
  }

  stop(): Promise<number> {
    this.worker.removeAllListeners('exit');
    return this.worker.terminate();
  }
}

function describe(input: FuzzInput): string {
  const text = input.kind === 'text' ? input.text : new TextDecoder('utf-8').decode(input.bytes);
  const shown = JSON.stringify(text.length > 600 ? `${text.slice(0, 600)}…` : text);
  return `${input.kind === 'text' ? 'text' : 'bytes'}, ${text.length} characters: ${shown}`;
}

function saveCrash(importer: ImporterName, input: FuzzInput, ext: string): string {
  const bytes = input.kind === 'bytes' ? input.bytes : textToUtf16(input.text);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  const name = crashFileName(importer, hash, ext, input);
  mkdirSync(crashDir, { recursive: true });
  writeFileSync(new URL(name, crashDir), bytes);
  return name;
}

const seeds = loadSeeds();
const pool: { bytes: Uint8Array; seed: Seed }[] = [];
const runner = new Runner();
console.log(`fuzz: seed ${seed}, ${seconds} s, ${seeds.length} seed files, ${importerNames.length} importers`);
await runner.start();

const startedAt = performance.now();
const deadline = startedAt + seconds * 1000;
const signatures = new Set<string>();
const crashes: string[] = [];
let inputs = 0;
let calls = 0;
let lastReport = startedAt;
while (performance.now() < deadline) {
  const fromPool = pool.length > 0 && random() < 0.4;
  const base = fromPool ? pick(pool) : { bytes: undefined, seed: pick(seeds) };
  const bytes = mutate(base.bytes ?? base.seed.bytes, seeds);
  const input: FuzzInput = random() < 0.2 ? toTextInput(bytes) : { kind: 'bytes', bytes };
  inputs++;
  for (const importer of importerNames) {
    let reply = await runner.run(importer, input);
    calls++;
    // A busy machine can stall one run; only an input that hangs twice in a fresh worker counts.
    if (reply === 'hang') reply = await runner.run(importer, input);
    if (reply !== 'hang' && reply.outcome !== 'crash') {
      if (reply.outcome === 'ok' && importer === base.seed.format && input.kind === 'bytes') {
        // Inputs the seed's own importer still accepts keep their structure: mutate them further later.
        if (pool.length < POOL_SIZE) pool.push({ bytes, seed: base.seed });
        else pool[below(POOL_SIZE)] = { bytes, seed: base.seed };
      }
      continue;
    }
    const error = reply === 'hang' ? `hang: more than ${BUDGET_MS} ms` : reply.error;
    // One saved input per importer and failure (the message's first line, without numbers) is enough.
    const signature = `${importer}: ${error.split('\n')[0]!.replace(/\d+/g, 'N')}`;
    if (signatures.has(signature)) continue;
    signatures.add(signature);
    const file = saveCrash(importer, input, base.seed.ext);
    crashes.push(file);
    console.log(`\nCRASH in ${importer} (input ${inputs}, from ${base.seed.name}) → tests/fuzz/crashes/${file}`);
    console.log(error.split('\n').slice(0, 6).join('\n'));
    console.log(`input (${describe(input)})`);
  }
  const now = performance.now();
  if (now - lastReport > 10_000) {
    lastReport = now;
    console.log(`… ${Math.round((now - startedAt) / 1000)} s: ${inputs} inputs, ${crashes.length} crash(es), pool ${pool.length}`);
  }
}
await runner.stop();
const elapsed = (performance.now() - startedAt) / 1000;
console.log(
  `\nfuzz: ${inputs} inputs (${calls} importer runs) in ${elapsed.toFixed(1)} s = ${(inputs / elapsed).toFixed(1)} inputs/s; ` +
    `${crashes.length} new crash(es)${crashes.length ? `: ${crashes.join(', ')}` : ''}; seed ${seed}`,
);
process.exitCode = crashes.length ? 1 : 0;
