import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { getSafeRedirect } from 'payload/shared'
import React from 'react'

import { LoginForm } from './LoginForm.client'

/**
 * The admin's login screen, in place of Payload's: the same e-mail and password, then — for
 * accounts that need it — the two-factor code, or setting up an authenticator app.
 */
export function LoginView({ initPageResult, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const next = getSafeRedirect({
    fallbackTo: adminRoute,
    redirectTo: searchParams?.redirect ?? adminRoute,
  })
  if (req.user) redirect(next)
  return (
    <>
      <div className="login__brand">
        <strong style={{ fontSize: 28, letterSpacing: 2 }}>Hikaku</strong>
      </div>
      <LoginForm
        redirectTo={next}
        forgotHref={`${adminRoute}${req.payload.config.admin.routes.forgot}`}
      />
    </>
  )
}
