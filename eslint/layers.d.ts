/** One `import-x/no-restricted-paths` zone: files under `target` may not import from `from`. */
export interface Zone {
  target: string[];
  from: string[];
  message: string;
}

/** The layer zones of ARCHITECTURE.md, with `src` and `modules` relative to the rule's basePath. */
export function layerZones(options?: { src?: string; modules?: string }): Zone[];
