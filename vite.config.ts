// Vite config for the app; hunspell-asm needs its CJS build under Vite 8 (see ../shared/TOOLCHAIN.md).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
// dictionary-* packages export only ./index.js, so their folder is found from the main entry.
const dictionaryDir = (name: string) => dirname(require.resolve(name));

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  resolve: {
    alias: [
      // The ESM builds call a namespace import ("nanoid(45)"), which fails at run time under rolldown.
      { find: /^hunspell-asm$/, replacement: join(packageDir('hunspell-asm'), 'dist/cjs/index.js') },
      { find: /^emscripten-wasm-loader$/, replacement: join(packageDir('emscripten-wasm-loader'), 'dist/cjs/index.js') },
      { find: /^dict-de\//, replacement: dictionaryDir('dictionary-de') + '/' },
      { find: /^dict-en\//, replacement: dictionaryDir('dictionary-en') + '/' },
    ],
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
