/** Types for scripts/build-ui.mjs (imported by the Control UI tests). */
export declare const DEFAULT_OUT_DIR: string;
export interface BuiltFile {
  /** Path relative to the output folder, e.g. "assets/app-ABCDEFGH.js". */
  file: string;
  bytes: number;
  gzipBytes: number;
}
export declare function buildControlUi(options?: { outDir?: string; quiet?: boolean }): Promise<{ outDir: string; files: BuiltFile[] }>;
