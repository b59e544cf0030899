/**
 * Completes Next's standalone output (what `npm start` and the Docker image run): the static
 * assets and public/ beside the server, and scripts/start.ts bundled into plain JavaScript as
 * start.mjs (the packages it uses stay imports of node_modules).
 */
import { cpSync, existsSync } from 'node:fs'

import { build } from 'esbuild'

const standalone = '.next/standalone'
if (!existsSync(standalone)) {
  console.error('no .next/standalone: run `next build` first')
  process.exit(1)
}
cpSync('.next/static', `${standalone}/.next/static`, { recursive: true })
cpSync('public', `${standalone}/public`, { recursive: true })
await build({
  entryPoints: ['scripts/start.ts'],
  outfile: `${standalone}/start.mjs`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  packages: 'external',
  logLevel: 'warning',
})
console.log(`standalone output ready: node ${standalone}/start.mjs`)
