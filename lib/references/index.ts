export { lookupReference } from './lookup'
export { LookupError, LOOKUP_ERROR_STATUS, type LookupErrorCode } from './errors'
export { planRefresh, type FieldChange, type RefreshPlan } from './refresh'
export {
  addressOf,
  identifierLabel,
  hostOf,
  isVerified,
  UNVERIFIED_NOTE,
  type Identified,
} from './display'
export * from './identifiers'
export * from './types'
