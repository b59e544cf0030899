/**
 * How this project runs a TypeScript entry point in a child process: through
 * scripts/tsx-run.mjs (tsx, run again when Node 20 gives up while loading it).
 */
export const TSX = process.execPath
export const tsxArgs = (script: string, ...args: string[]) => ['scripts/tsx-run.mjs', script, ...args]
