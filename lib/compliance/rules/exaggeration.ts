/**
 * 誇大広告 — overstating what a treatment does: certainty, miracles, "groundbreaking",
 * "cutting-edge" used as a selling point.
 */
import type { PhraseRule } from '../types'
import { GUIDELINE } from './guideline'

export const exaggerationRules: PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'exaggeration/certainty',
    category: 'exaggeration',
    severity: 'error',
    title: '確実に・確かな効果',
    patterns: [/確実(?:に|な|性の高い)/, '確かな効果', '効果が確実', '効果の確実な'],
    // 確実に記録する / 確実にご説明する describe the clinic's procedures, not the outcome.
    unless: {
      after: [/(?:ご?説明|お伝え|伝え|守|実施|記録|確認|管理|お届け|行|把握|投与|保管|洗浄|滅菌|診断|手順|本人確認)/],
    },
    message:
      '「確実に」「確かな効果」のように効果を断定する表現は誇大広告にあたります。「〜の改善が報告されています（出典）」のように根拠を示し、効果には個人差があることを併記してください。',
    guideline: GUIDELINE.exaggeration,
    examples: {
      flagged: [
        '確実に効果を実感できる治療です。',
        '確実な若返り効果をお約束します。',
        '一度で確かな効果が得られます。',
        '効果の確実な本格的治療。',
      ],
      allowed: [
        '投与量と投与日は確実に記録し、保管しています。',
        'リスクについては診察時に確実にご説明します。',
        '効果が確実に得られるとは限りません。',
        '確実な診断のため、血液検査を行います。',
      ],
    },
  },
  {
    kind: 'phrase',
    id: 'exaggeration/groundbreaking',
    category: 'exaggeration',
    severity: 'error',
    title: '画期的・夢の治療',
    patterns: ['画期的', '革命的', '夢の', '夢のような', '魔法の', '魔法のような'],
    message:
      '「画期的」「夢の治療」のような表現は治療の内容を誇張する誇大広告にあたります。どのような治療で、どの程度の効果が報告されているかを根拠とともに記載してください。新しい治療であれば「長期的な効果や安全性は確立されていません」と併記してください。',
    guideline: GUIDELINE.exaggeration,
    examples: {
      flagged: [
        '画期的な若返り治療が登場しました。',
        '再生医療の常識を変える革命的な点滴療法です。',
        '切らずにリフトアップできる夢の治療。',
        '魔法のような美肌効果。',
      ],
      allowed: [
        '新しい治療法のため、長期的な効果はまだ分かっていません。',
        '従来の治療法との違いを比較表にまとめました。',
        '研究段階の治療であることをご理解のうえご検討ください。',
      ],
    },
  },
  {
    kind: 'phrase',
    id: 'exaggeration/ultimate',
    category: 'exaggeration',
    severity: 'error',
    title: '究極の・完璧な',
    patterns: ['究極の', '極上の', '至高の', '完璧な', '完璧に', '完全無欠'],
    message:
      '「究極の」「完璧な」のような表現は誇大広告にあたります。仕上がりや効果には個人差があることを前提に、治療の内容と期待できる範囲を具体的に記載してください。',
    guideline: GUIDELINE.exaggeration,
    examples: {
      flagged: [
        '究極のアンチエイジングを体験してください。',
        '極上の美肌を叶える幹細胞点滴。',
        '完璧な仕上がりをお約束します。',
      ],
      allowed: [
        '治療の目的とゴールを医師と一緒に確認します。',
        '仕上がりには個人差があります。',
        '追加の治療が必要になる場合があります。',
      ],
    },
  },
  {
    kind: 'phrase',
    id: 'exaggeration/miracle',
    category: 'exaggeration',
    severity: 'error',
    title: '奇跡の・驚異の',
    patterns: ['奇跡', '驚異の', '驚異的', '驚くほど', '神業', 'ゴッドハンド'],
    message:
      '「奇跡の」「驚異的な」「ゴッドハンド」などの表現は誇大広告にあたります。医師の経歴は資格・専門医・経験年数など客観的な事実で、効果は根拠のある範囲で記載してください。',
    guideline: GUIDELINE.exaggeration,
    examples: {
      flagged: [
        '奇跡の若返り点滴。',
        '驚異的な回復力を引き出します。',
        'ゴッドハンドと呼ばれる院長が担当します。',
        '驚くほど肌が若返ります。',
      ],
      allowed: [
        '院長は形成外科専門医です。',
        '回復の早さには個人差があります。',
        '治療後の経過は定期的な診察で確認します。',
      ],
    },
  },
  {
    kind: 'phrase',
    id: 'exaggeration/cutting-edge',
    category: 'exaggeration',
    severity: 'warning',
    title: '最先端（宣伝として）',
    patterns: ['最先端', '最新鋭', /次世代の?(?:治療|医療|再生医療)/],
    // Describing research ("最先端の研究では…") is fine; selling the treatment as 最先端 is not.
    unless: { after: [/の?(?:研究|分野|領域|知見|技術開発)/] },
    message:
      '治療や設備を「最先端」「最新鋭」と宣伝する表現は誇大広告となるおそれがあります。研究の動向を説明する文脈でなければ、導入時期や機器名など客観的な事実に置き換えてください。',
    guideline: GUIDELINE.exaggeration,
    examples: {
      flagged: [
        '最先端の再生医療を提供します。',
        '最新鋭の設備で幹細胞を培養しています。',
        '次世代の再生医療としてエクソソーム点滴を導入しました。',
      ],
      allowed: [
        '最先端の研究では、エクソソームの作用の仕組みの解明が進んでいます。',
        '再生医療は現在も研究が続けられている分野です。',
        '新しい知見が得られた場合は、本ページを更新します。',
      ],
    },
  },
  {
    kind: 'phrase',
    id: 'exaggeration/outstanding-effect',
    category: 'exaggeration',
    severity: 'error',
    title: '効果抜群・劇的',
    patterns: ['効果抜群', '抜群の効果', '効果絶大', '絶大な効果', /劇的(?:に|な)/, '効果てきめん', '即効', '一瞬で'],
    unless: { after: [/性は(?:なく|ない|ありません|期待でき)/] },
    message:
      '「効果抜群」「劇的に」のような表現は効果を誇張する誇大広告にあたります。報告されている効果を根拠（出典）とともに記載し、効果には個人差があること、効果が現れるまでの期間の目安を併記してください。',
    guideline: GUIDELINE.exaggeration,
    examples: {
      flagged: [
        'シミやしわに効果抜群の点滴です。',
        '一度の注射で劇的に若返ります。',
        '効果てきめんの育毛治療。',
        '絶大な効果を実感できます。',
      ],
      allowed: [
        '効果の現れ方や程度には個人差があります。',
        '効果を実感するまでに数か月かかることがあります。',
        '即効性はなく、複数回の治療が必要です。',
      ],
    },
  },
]
