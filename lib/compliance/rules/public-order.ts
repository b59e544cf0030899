/** 公序良俗 — words that demean bodies or looks, sexual wording, and copy that invites people around the law (minors without consent). */
import type { PhraseRule } from '../types'
import { GUIDELINE } from './guideline'

export const publicOrderRules: PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'public-order/demeaning',
    category: 'public-order',
    severity: 'error',
    title: '容姿をおとしめる言葉',
    patterns: [
      /ぶす(?![とたて])|ぶさいく|不細工|でぶ(?!ゅ)|はげ(?!し|ま|む|ん)|ちび(?!ちび)|醜い|みにくい|キモい|きもい/,
      // 太っている人は自己管理ができない: a body type made a character flaw.
      '太る|肥満|太め|ぽっちゃり … 人|方 は … 自己管理|だらしない|怠ける|怠け者|モテない|みっともない',
    ],
    undeniable: true,
    message:
      '容姿や体型をおとしめる言葉（ブス・デブ・ハゲ・醜い など）は、差別を助長する表現として公序良俗に反し、広告できません。お悩みや症状は医学的な言葉で中立的に記載してください（例:「薄毛」「体型のお悩み」）。',
    guideline: GUIDELINE.publicOrder,
  },
  {
    kind: 'phrase',
    id: 'public-order/sexual',
    category: 'public-order',
    severity: 'error',
    title: '性的な言葉',
    patterns: [
      /えろい|えろ(?:すぎ|かわ|ぼでぃ|ばでぃ)|えっちな|いやらしい|男うけ|男性うけ|男ウケ|男性ウケ/,
    ],
    undeniable: true,
    message:
      '「エロい」「男性ウケ」のように身体を性的な対象として描く言葉は、公序良俗に反する広告として掲載できません。治療の目的・内容・リスクを、医学的で中立的な言葉で記載してください。',
    guideline: GUIDELINE.publicOrder,
  },
  {
    kind: 'phrase',
    id: 'public-order/around-the-law',
    category: 'public-order',
    severity: 'error',
    title: '保護者の同意なし・周囲にバレずに',
    patterns: [
      '未成年 … 同意 … なし|不要|なく|なしで|いらない|いりません',
      'バレる ない|ず',
      '親|保護者|家族|職場|学校 に … 内緒|ないしょ|秘密 で|に',
    ],
    message:
      '未成年者に保護者の同意なく施術できるとする表現や、周囲に知られずに済むことを売りにする表現は、公序良俗に反する広告です。未成年者には保護者の同意が必要であることを記載してください。',
    guideline: GUIDELINE.publicOrder,
  },
]
