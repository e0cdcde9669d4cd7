/**
 * Installs the validators generated at build time (scripts/precompile-validators.mjs) for the
 * built-in schemas. Resolved through package.json `imports`, so the same specifier works from the
 * bundle, from dist/ and from the sources; without a build the table is absent and every schema is
 * compiled by ajv as usual.
 */
import { usePrecompiledValidators, type PrecompiledValidators } from "../../core/protocol/validators.js";

// Not a literal: neither tsc nor esbuild should look for a file that only the build generates.
const SPECIFIER: string = "#precompiled-validators";

export async function installPrecompiledValidators(): Promise<void> {
  try {
    usePrecompiledValidators((await import(SPECIFIER)) as PrecompiledValidators);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== "ERR_MODULE_NOT_FOUND" && code !== "ERR_PACKAGE_IMPORT_NOT_DEFINED") throw err;
  }
}
