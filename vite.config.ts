// Vite config for the app; hunspell-asm needs its CJS build under Vite 8 (see ../shared/TOOLCHAIN.md).
import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
// dictionary-* packages export only ./index.js, so their folder is found from the main entry.
const dictionaryDir = (name: string) => dirname(require.resolve(name));
const DICTIONARY_LANGS = ['de', 'en', 'fr', 'es'];

/** The hunspell dictionaries are GPL/LGPL/MPL-derived: their licence files ship beside them in the build. */
function dictionaryLicences(): Plugin {
  return {
    name: 'revisor-dictionary-licences',
    apply: 'build',
    generateBundle() {
      for (const lang of DICTIONARY_LANGS) {
        this.emitFile({
          type: 'asset',
          fileName: `assets/dictionary-${lang}.license.txt`,
          source: readFileSync(join(dictionaryDir(`dictionary-${lang}`), 'license')),
        });
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), dictionaryLicences()],
  worker: { format: 'es' },
  resolve: {
    alias: [
      // The ESM builds call a namespace import ("nanoid(45)"), which fails at run time under rolldown.
      { find: /^hunspell-asm$/, replacement: join(packageDir('hunspell-asm'), 'dist/cjs/index.js') },
      { find: /^emscripten-wasm-loader$/, replacement: join(packageDir('emscripten-wasm-loader'), 'dist/cjs/index.js') },
      ...DICTIONARY_LANGS.map((lang) => ({
        find: new RegExp(`^dict-${lang}/`),
        replacement: dictionaryDir(`dictionary-${lang}`) + '/',
      })),
    ],
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
