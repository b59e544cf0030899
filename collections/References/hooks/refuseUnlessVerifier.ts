import { APIError, type FieldHook } from 'payload'

import { canVerifyReferences } from '../access'

const same = (a: unknown, b: unknown) => (a ?? '') === (b ?? '')

/**
 * Only physicians and admins may change the verification record. Anyone else's request that
 * changes it is refused with a 403 before anything is written (field access alone would drop
 * the value silently); sending the stored value back, as the admin form does, is fine.
 */
export const refuseUnlessVerifier: FieldHook = ({
  field,
  operation,
  overrideAccess,
  previousValue,
  req,
  value,
}) => {
  if (overrideAccess || canVerifyReferences(req.user)) return value
  const before =
    operation === 'create'
      ? 'defaultValue' in field
        ? field.defaultValue
        : undefined
      : previousValue
  if (!same(value, before)) {
    const name = 'name' in field ? field.name : 'verification'
    throw new APIError(
      `参考文献の書誌情報を「確認済み」にできるのは医療レビュアー（医師）と管理者だけです（${name}: only reviewers and admins may change the verification）。`,
      403,
      {
        errors: [{ path: name, message: 'only reviewers and admins may change the verification' }],
      },
      true,
    )
  }
  return value
}
