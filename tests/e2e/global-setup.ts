// Serves the built app (dist/, or the folder named by REVISOR_DIST) on a free local port for the browser tests.
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const outDir = process.env.REVISOR_DIST;
  const server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    ...(outDir ? { build: { outDir } } : {}),
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
