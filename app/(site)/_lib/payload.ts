import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Payload instance the public site reads through (lib/queries take it as their first argument). */
export const getPayloadClient = (): Promise<Payload> => getPayload({ config })
