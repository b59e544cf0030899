export default async function globalTeardown(): Promise<void> {
  await globalThis.__HIKAKU_TEST_DB__?.drop()
}
