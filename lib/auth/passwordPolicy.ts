import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common'

/**
 * The password policy (OWASP ASVS 4 level 2, V2.1): at least 12 characters, at most 128, not
 * the e-mail address or the person's name, and not a common or easily guessed password —
 * checked against zxcvbn-ts's list of about 49,000 common passwords (shipped as data in
 * @zxcvbn-ts/language-common) and its patterns (repeats, sequences, keyboard rows, dates).
 */
export const PASSWORD_POLICY = {
  minLength: 12,
  maxLength: 128,
  /** zxcvbn score 0–4; 3 means "safely unguessable" for an online attacker and a slow hash. */
  minScore: 3,
} as const

export const PASSWORD_MESSAGES = {
  tooShort: `パスワードは${PASSWORD_POLICY.minLength}文字以上にしてください。`,
  tooLong: `パスワードは${PASSWORD_POLICY.maxLength}文字以内にしてください。`,
  personal: 'メールアドレスや名前をパスワードに含めないでください。',
  guessable:
    'よく使われるパスワードや、繰り返し・連番・キーボードの並びなど推測されやすいパスワードは使えません。',
} as const

let estimator: ZxcvbnFactory | undefined
const strength = () =>
  (estimator ??= new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs }))

/** What ties a password to its person: the e-mail, its name part, the name (and, for zxcvbn, their pieces). */
function personalWords(person: { email?: string | null; name?: string | null }) {
  const email = person.email?.trim().toLowerCase() ?? ''
  const local = email.split('@')[0] ?? ''
  const name = person.name?.trim().toLowerCase() ?? ''
  const whole = [email, local, name].filter((word) => word.length >= 4)
  return {
    whole,
    pieces: [...whole, ...local.split(/[._+-]/), ...name.split(/\s+/)].filter(Boolean),
  }
}

/** Why `password` breaks the policy, in Japanese; null when it is acceptable. */
export function passwordProblem(
  password: string,
  person: { email?: string | null; name?: string | null } = {},
): string | null {
  const length = [...password].length
  if (length < PASSWORD_POLICY.minLength) return PASSWORD_MESSAGES.tooShort
  if (length > PASSWORD_POLICY.maxLength) return PASSWORD_MESSAGES.tooLong
  const { whole, pieces } = personalWords(person)
  const lower = password.toLowerCase()
  if (whole.some((word) => lower.includes(word))) return PASSWORD_MESSAGES.personal
  if (strength().check(password, pieces).score < PASSWORD_POLICY.minScore)
    return PASSWORD_MESSAGES.guessable
  return null
}
