import type { AfterErrorHook } from 'payload'

import { answerDatabaseOutage } from './answerDatabaseOutage'
import { answerWithErrorData } from './answerWithErrorData'

/** How the API answers errors, for every collection and endpoint (payload.config.ts `hooks.afterError`). */
export const errorAnswers: AfterErrorHook[] = [answerWithErrorData, answerDatabaseOutage]
