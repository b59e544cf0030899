#!/usr/bin/env node
/**
 * Runs a TypeScript entry point with tsx: `node scripts/tsx-run.mjs <file.ts> [args…]`.
 *
 * On Node 20, tsx loads ES modules through off-thread loader hooks, and Node sometimes
 * gives up while loading them: the process exits at once with code 13 ("unsettled
 * top-level await") before running anything (seen here on about 1 run in 15). That exit
 * happens during loading only, so running the command again is safe: up to 3 attempts.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

const UNSETTLED_LOAD = 13
const ATTEMPTS = 3
const tsx = path.resolve('node_modules/.bin/tsx')
const argv = process.argv.slice(2)

function attempt() {
  return new Promise((resolve) => {
    const child = spawn(tsx, argv, { stdio: 'inherit', env: process.env })
    const forward = (signal) => () => child.kill(signal)
    const onInt = forward('SIGINT')
    const onTerm = forward('SIGTERM')
    process.on('SIGINT', onInt)
    process.on('SIGTERM', onTerm)
    child.on('exit', (code, signal) => {
      process.off('SIGINT', onInt)
      process.off('SIGTERM', onTerm)
      resolve(code ?? (signal === 'SIGINT' ? 130 : 1))
    })
  })
}

let code = 1
for (let i = 1; i <= ATTEMPTS; i++) {
  code = await attempt()
  if (code !== UNSETTLED_LOAD) break
  if (i < ATTEMPTS) console.error(`[hikaku] ${argv[0]} stopped while loading (exit 13, a Node 20 loader hiccup); running it again`)
}
process.exit(code)
