/**
 * What the grammar of a sentence says about a matched phrase, read from its tokens:
 *
 *  - denied:      a negation governs it — 安全とは言えません, 副作用がまったくないわけではありません,
 *                 FDAは承認していません, 効果を保証するものではありません
 *  - instruction: the sentence asks the reader to do something — 必ず医師の診察を受けてください,
 *                 絶対に自己判断で中止しないでください
 *  - hedged:      it is reported or possible, not asserted — 〜と報告されています, 〜と考えられています,
 *                 〜ことがあります, 〜可能性があります
 *  - checking:    it is what the clinic checks for — 副作用がないか確認します, 痛みがない場合でも
 *  - quoted:      a quoted phrase in a sentence about wording — 「絶対安全」などの表現は禁止されています
 */
import type { Token } from './analyzer'
import { isClauseEnd } from './pattern'

/** Conjunctive particles that start a new clause: a negation after them is about something else. */
const CLAUSE_LINKS = new Set([
  'が',
  'けど',
  'けれど',
  'けれども',
  'ので',
  'のに',
  'し',
  'ながら',
  'つつ',
  'から',
  'ため',
  'て',
])

/**
 * Punctuation the dictionary did not read as a symbol (a half-width colon, 100%、 as one token),
 * and the spaces between list items and table cells (成功率：100％　再発：なし): what follows
 * is another fragment, so a negation there is about something else.
 */
function endsFragment(t: Token): boolean {
  return (
    /^\s+$/u.test(t.surface) ||
    (/^[\p{P}\p{S}]+$/u.test(t.surface) && /[、。，,！!？?;；:：」』)）]$/u.test(t.surface))
  )
}

/** Nouns after which a following verb chain is a new predicate (…治療で、…). */
function isNegation(t: Token): boolean {
  if (
    t.pos === '助動詞' &&
    (t.base === 'ない' || t.base === 'ぬ' || t.base === 'ん' || t.base === 'ず')
  )
    return true
  if (t.pos === '形容詞' && (t.base === 'ない' || t.base === '無い')) return true
  return t.base === 'ず' || t.surface === 'ず'
}

/**
 * The tokens of the predicate that follows a match, up to the clause end: the verb chain
 * (し・て・い・ませ・ん), quoting と, は, わけ・もの・こと, and what they govern.
 */
function followingPredicate(tokens: Token[], from: number): Token[] {
  const chain: Token[] = []
  // The match's own last token may carry the punctuation that ends its clause (100%、).
  if (from > 0 && endsFragment(tokens[from - 1]!)) return chain
  for (let i = from; i < tokens.length && chain.length < 16; i++) {
    const t = tokens[i]!
    if (isClauseEnd(t) || endsFragment(t)) break
    // て links 承認し・て・い・ませ・ん inside one predicate; only the clause-level links end it.
    if (
      t.pos === '助詞' &&
      t.pos1 === '接続助詞' &&
      CLAUSE_LINKS.has(t.surface) &&
      t.surface !== 'て'
    )
      break
    chain.push(t)
  }
  return chain
}

/**
 * The match's own last words deny it: 拒絶反応が起こりにくいことが安全であることを意味する
 * わけではありません — a long '…' reached the sentence's 〜わけではない, which denies what comes
 * before it rather than saying "no harm".
 */
export function endsInDenial(tokens: Token[], end: number): boolean {
  let i = end - 1
  while (i >= 0 && (isNegation(tokens[i]!) || /^(?:ます|ある|ござる|いる)$/u.test(tokens[i]!.base)))
    i--
  if (i === end - 1) return false
  const words = tokens
    .slice(Math.max(0, i - 2), i + 1)
    .map((t) => t.surface)
    .join('')
  return /(?:わけでは|ものでは|訳では|とは言え|とはいえ|とは限ら|わけでも)$/u.test(words)
}

/** A negation governs the match (ends at token `end`): it is denied, not claimed. */
export function isDenied(tokens: Token[], end: number): boolean {
  const chain = followingPredicate(tokens, end)
  return chain.some((t, i) => (isNegation(t) && !isInvitation(chain, i)) || isRarely(chain, i))
}

/** Words that say how seldom something happens: 改善することは少ない・まれ. */
const SELDOM = new Set(['少ない', 'まれ', '稀', 'めったにない'])

/**
 * 1回で改善することは少なく…: the match is nominalised (こと) and said to be rare — the
 * predicate denies it as a claim just as a negation would.
 */
function isRarely(chain: Token[], i: number): boolean {
  const t = chain[i]!
  if (t.base !== 'こと' || t.pos !== '名詞') return false
  const particle = chain[i + 1]
  const predicate = chain[i + 2]
  return (
    particle?.pos === '助詞' &&
    /^(?:は|が|も)$/u.test(particle.surface) &&
    predicate !== undefined &&
    SELDOM.has(predicate.base)
  )
}

/**
 * 体験してみませんか / 受けてみないか: a negation closed by the question particle at the end of
 * the clause asks or invites; it denies nothing.
 */
function isInvitation(chain: Token[], i: number): boolean {
  let j = i + 1
  while (j < chain.length && isNegation(chain[j]!)) j++
  return chain[j]?.surface === 'か' && j === chain.length - 1
}

/** Ｑ．必ず効果が出ますか？: the sentence asks; what it names is no claim. */
export function isQuestion(tokens: Token[], end: number): boolean {
  return (
    /か[？?]?\s*$|[？?]\s*$/u.test(restOfSentence(tokens, end)) &&
    !/(?:ません|ない)か[？?]?\s*$/u.test(restOfSentence(tokens, end))
  )
}

/** Prefixes that negate the noun they are attached to: 未承認, 無承認, 非認可, 不適合. */
const NEGATING_PREFIX = new Set(['未', '無', '非', '不'])

/** The last word of the match carries a negating prefix (未承認の製品): it says the opposite. */
export function isPrefixNegated(tokens: Token[], end: number): boolean {
  const before = tokens[end - 2]
  return before !== undefined && before.pos === '接頭詞' && NEGATING_PREFIX.has(before.surface)
}

const HEDGE =
  /と(?:の)?(?:報告|されて|され|考え|いわ|言わ|示唆|指摘|推測|期待|予想|見込|みられ|見られ)|可能性|ことがあ|こともあ|場合があ|場合もあ|方もい|人もい|方もいらっしゃ|ケースがあ|おそれ|恐れ|かもしれ|でしょう|見込み|期待|(?:が|の)(?:報告|示唆)|目指|目的|めざ|(?:研究|検討|調べ|調査|評価|開発)(?:され|して|中|段階|が進)/u

/** The rest of the sentence, as written, after token `end` (for reading hedges and purposes). */
export function restOfSentence(tokens: Token[], end: number): string {
  let text = ''
  for (let i = end; i < tokens.length; i++) {
    // kuromoji may read a mark glued to a closing quote (?」) as an unknown noun: it still ends the sentence inside the quote.
    if (/^[。！!？?\n][」』)）]*$/u.test(tokens[i]!.surface)) break
    text += tokens[i]!.surface
  }
  return text
}

/** It is reported, expected or possible rather than asserted. */
export function isHedged(tokens: Token[], end: number): boolean {
  return HEDGE.test(restOfSentence(tokens, end))
}

const REQUEST =
  /(?:ください|下さい|くださいませ|ましょう|お願いします|お願いいたします|お控え|ご遠慮|ご注意|てはいけません|てはなりません|ないでください|べきです|必要があります|必要です|してください|お問い合わせ|ご相談)/u

/** Requests that only reassure or invite: ご安心ください is no instruction. */
const REASSURING_REQUEST =
  /(?:安心|お任せ|おまかせ|期待|楽しみ|ご来院|ご予約)(?:して|を|に)?(?:ください|下さい)/gu

/** The sentence asks the reader to do (or not to do) something. */
export function isInstruction(sentence: string): boolean {
  return REQUEST.test(sentence.replace(REASSURING_REQUEST, ''))
}

/** 副作用がないか確認します / 痛みがない場合でも: a check or a condition, not a claim. */
export function isChecking(tokens: Token[], end: number): boolean {
  const rest = restOfSentence(tokens, end)
  // …優れているかは分かっていません: an embedded question after the predicate's auxiliaries.
  return /^(?:(?:て|で)(?:いる|いない|おり)|である|だ|な)?(?:か(?![らつ])|かどうか|かを|かは|場合|時|とき|際|方(?![法式針向面])|ように|よう|ため|ための)/u.test(
    rest,
  )
}

/** Quotation marks: opening → closing. */
const QUOTES: Record<string, string> = { '「': '」', '『': '』', '“': '”', '"': '"', '【': '】' }

/**
 * A quoted phrase is a mention, not a claim, when its sentence talks about wording or the rules:
 * 「絶対安全」などの表現は医療広告ガイドラインで禁止されています.
 */
const ABOUT_WORDING =
  /表現|ガイドライン|禁止|広告|文言|言葉|用語|記載できません|使用できません|使えません|認められていません|うたう|謳う/u

export function isQuotedMention(sentence: string, start: number, end: number): boolean {
  let inside = false
  for (let i = start - 1; i >= 0 && !inside; i--) {
    const close = QUOTES[sentence[i] ?? '']
    if (close === undefined) continue
    const closing = sentence.indexOf(close, end)
    inside = closing !== -1 && !sentence.slice(i + 1, start).includes(close)
  }
  return inside && ABOUT_WORDING.test(sentence)
}

/**
 * 「絶対に治る」と言い切れる治療はありません: the match sits inside a quote that is reported
 * (「…」と / という / といった) by a predicate that is denied — the quote is what is denied.
 */
export function isQuoteDenied(tokens: Token[], start: number, end: number): boolean {
  let open = -1
  for (let i = start - 1; i >= 0; i--) {
    const s = tokens[i]!.surface
    if (s === '」' || s === '』' || s === '。') break
    if (s === '「' || s === '『') {
      open = i
      break
    }
  }
  if (open < 0) return false
  for (let i = end; i < tokens.length; i++) {
    const s = tokens[i]!.surface
    if (s === '「' || s === '『' || s === '。') return false
    if (s !== '」' && s !== '』') continue
    const next = tokens[i + 1]
    if (
      !next ||
      (next.surface !== 'と' &&
        next.surface !== 'という' &&
        next.surface !== 'といった' &&
        next.surface !== 'など')
    )
      return false
    return isDenied(tokens, i + 2)
  }
  return false
}

/** 劇的な変化をご希望の方には…: what the reader wishes for is no claim by the clinic. */
const WISHED = /^[^、。をが]{0,8}(?:を|が)(?:ご|お)?(?:希望|望み|望む|望ま|求め)/u

export function isWished(tokens: Token[], end: number): boolean {
  return WISHED.test(restOfSentence(tokens, end))
}
