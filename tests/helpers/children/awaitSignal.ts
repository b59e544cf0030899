/**
 * Child for tests/int/launcher.int.spec.ts: waits for SIGINT or SIGTERM, says which came and
 * exits 0 half a second later, as a server finishing its requests does.
 */
const stop = (signal: NodeJS.Signals) => {
  console.log(`child got ${signal}`)
  setTimeout(() => process.exit(0), 500)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
setInterval(() => undefined, 1000)
console.log('child waiting for a signal')

export {}
