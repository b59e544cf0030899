/**
 * Completes Next's standalone output (what the Docker image and `npm start` run):
 * the standalone server expects the static assets and public/ beside it.
 */
import { cpSync, existsSync } from 'node:fs'

const standalone = '.next/standalone'
if (!existsSync(standalone)) {
  console.error('no .next/standalone: run `next build` first')
  process.exit(1)
}
cpSync('.next/static', `${standalone}/.next/static`, { recursive: true })
cpSync('public', `${standalone}/public`, { recursive: true })
console.log('standalone output ready: node .next/standalone/server.js')
process.exit(0)
