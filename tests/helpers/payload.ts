import { getPayload, type Payload } from 'payload'

import config from '@payload-config'
import { closePayload } from '@/lib/db/closePayload'

/** Boots Payload (Local API) on the run's database for one test file. */
export async function bootPayload(): Promise<Payload> {
  return getPayload({ config })
}

export { closePayload }
