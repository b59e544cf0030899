import { rest } from './rest'

type RestResponse = Awaited<ReturnType<typeof rest>>

/** The value of cookie `name` that a response sets, as a `name=value` pair for a Cookie header. */
export function setCookie(res: RestResponse, name: string): string | undefined {
  const line = res.headers.getSetCookie().find((c) => c.startsWith(`${name}=`))
  const pair = line?.split(';')[0]
  return pair && pair !== `${name}=` ? pair : undefined
}

/** One login attempt over REST, optionally from a browser that carries `cookie`. */
export function attemptLogin(
  email: string,
  password: string,
  options: { cookie?: string; code?: string; enrolmentToken?: string } = {},
) {
  const { cookie, ...extra } = options
  return rest('POST', '/users/login', {
    body: { email, password, ...extra },
    headers: cookie ? { cookie } : undefined,
  })
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now()
  const result = await fn()
  return { ms: performance.now() - started, result }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
