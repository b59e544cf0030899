/**
 * How this project runs a TypeScript entry point in a child process: tsx with the
 * keep-alive preload (see scripts/keepalive.mjs for why).
 */
export const TSX = 'node_modules/.bin/tsx'
export const tsxArgs = (script: string, ...args: string[]) => ['--import', './scripts/keepalive.mjs', script, ...args]
