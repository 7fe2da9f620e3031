import type { TestProject } from 'vitest/node';
import { serveDist } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built app once for the whole end-to-end run. */
export default async function setup(project: TestProject) {
  const server = await serveDist();
  project.provide('baseUrl', server.url);
  return () => server.close();
}
