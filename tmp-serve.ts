import { findFreePort } from './lib/db/embedded'
import { copyBuild, createSeededDatabase, startAppServer, startVarnish } from './lib/serving/servers'

async function main() {
  const build = copyBuild('exp')
  const db = await createSeededDatabase('exp')
  const proxyPort = 16090
  const proxyUrl = `http://127.0.0.1:${proxyPort}`
  const app = await startAppServer({ buildDir: build.dir, databaseUrl: db.url, secret: db.secret, serverUrl: proxyUrl, env: { PURGE_PROXY_URLS: proxyUrl }, quiet: true })
  const proxy = await startVarnish([app], proxyPort)
  console.log(`APP ${app.url} PROXY ${proxy.url}`)
  const stop = async () => { await proxy.stop(); await app.stop(); await db.drop(); build.remove(); process.exit(0) }
  process.on('SIGINT', stop); process.on('SIGTERM', stop)
  void findFreePort
}
void main()
