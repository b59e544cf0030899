/**
 * Word lists the rules share ('{NAME}' in a token pattern, see pattern.ts). Words are written
 * once, in their dictionary form: conjugations (消えます・消えた) and kana spellings (きえる) are
 * matched by the analyser, not listed here.
 */

/** What a treatment promises to the patient: a cure, a change, a result. */
const OUTCOME = [
  '治る', '治す', '治せる', '完治', '根治', '治癒', '改善', '解消', '解決', '消える', '消す', '消せる', '消失',
  '無くなる', 'なくなる', '取れる', '若返る', '若返り', '痩せる', 'やせる', '効く', '効果', '効き目', '回復', '再生',
  '蘇る', '生える', '発毛', '成功', '結果', '実感', '満足', '美肌', '引き締まる', '小顔', '変わる', '変化',
  'きれい', '綺麗', '美しい', 'なれる', '手に入る', '手に入れる', '叶う', '叶える', '取り戻す', '薄くなる',
]

/** The effect vocabulary of evidence checks: a sentence with one of these claims an effect. */
const EFFECT = [
  '効果', '効能', '効く', '改善', '促進', '再生', '修復', '若返る', '若返り', '抑制', '回復', '治癒', '向上',
  '緩和', '軽減', '解消', '持続', '減少', '増加', '消える', '治る',
]

/** Harm a page must disclose, never play down. */
const HARM = [
  '副作用', 'リスク', '危険', '危険性', '拒絶反応', '拒否反応', 'アレルギー', 'アレルギー反応', '合併症', '後遺症',
  '感染', 'トラブル', '腫瘍形成', '腫瘍', '副反応', 'がん化', '刺激', 'ダメージ',
]

/** Predicates that play harm down: 少ない, 低い, ほとんどない… */
const LOW = ['少ない', '低い', '小さい', '軽い', '軽微', '最小限', '僅か', 'わずか', '極小', '低減', '軽減', '抑える', '極めて低い']

/** Post-treatment reactions that do fade: 「腫れは数日で消えます」 is downtime information, not a promise. */
const PASSING_REACTION = [
  '腫れ', '赤み', '内出血', 'むくみ', '浮腫', '熱感', 'かゆみ', '痒み', '発赤', '腫脹', 'ダウンタイム', 'かさぶた',
  '注射部位', '刺入部', '違和感', '皮下出血', 'あざ', '発疹', '筋肉痛', '倦怠感', '発熱',
]

/** Degree words that overstate a result. */
const DEGREE = [
  '顕著', '劇的', '圧倒的', '飛躍的', '大幅', '格段', '抜群', '絶大', '見違える', '激変', '驚く', '驚き', '驚異',
  '驚異的', '別人', '段違い', '桁違い', '想像以上', '予想以上', '期待以上', '感動', 'めざましい', '目覚ましい', '著しい', '著しく', '大きな', '大いに', '強力',
]

/** What a degree word must be about for the sentence to overstate a result. */
const BENEFIT = [
  '効果', '改善', '結果', '変化', '若返り', '若返る', '軽減', '低減', '向上', '回復', '再生', '実績', '人気', '支持',
  '症例数', '技術', '品質', '満足', '持続', '美肌', '変わる', '優位性', '優位', '減少', '改善率', '治療成績',
  '成果', '作用', 'リフトアップ', '効き目', '効能',
]

/** People whose fame is used to sell: 芸能人も通う. */
const FAMOUS = [
  '芸能人', '有名人', '著名人', 'タレント', '女優', '俳優', 'アイドル', 'モデル', 'インフルエンサー', 'セレブ',
  'ユーチューバー', 'YouTuber', 'アナウンサー', 'スポーツ選手', 'アスリート', '歌手', 'K-POP', 'KPOP', 'ミスコン',
  'グラビア', '読者モデル', '美容家', '芸人', 'インスタグラマー', 'TikToker', 'ティックトッカー', '人気モデル', '有名モデル',
  '芸能関係', '芸能界', '芸能関係者', '韓流スター', 'ハリウッドセレブ', 'ハリウッドスター', '宝塚', 'ジャニーズ',
  // Groups named on clinic pages as patrons (K-POP, J-POP): a name alone makes the endorsement.
  'BTS', 'TWICE', 'BLACKPINK', 'NewJeans', 'SEVENTEEN', 'aespa', 'NiziU', 'LE SSERAFIM', 'IVE',
]

/** What the famous are said to do at the clinic. */
const PATRONISE = [
  '通う', '通る', '通院', '愛用', '御用達', 'ご用達', '推薦', '推奨', 'おすすめ', 'お勧め', 'お薦め', '絶賛', '来院', '指名',
  '行きつけ', '選ぶ', '受ける', '施術', '利用', '信頼', '紹介', '認める', '公言', '実践', '受診', '注目', '話題',
  '来る', '訪れる', '支持', 'プロデュース', '監修', '取り入れる', '採用',
]

/** Who can approve or endorse: a ministry, the FDA, a society. */
const AUTHORITY = ['厚生労働省', '厚労省', '厚生労働大臣', '国', '政府', 'FDA', 'アメリカ', '米国', '海外', '欧米', '欧州', 'ヨーロッパ', '韓国', '諸外国', '外国', '米国食品医薬品局', 'WHO', '世界保健機関', '学会', '医師会', '公的機関', 'EU', 'CE']

/** Approval or endorsement verbs. */
const APPROVE = ['認可', '承認', '認める', '推奨', 'お墨付き', '公認', '認定', '保証', '太鼓判']

/** Incentives unrelated to the care itself. */
const GIFT = [
  'プレゼント', '進呈', '贈呈', '差し上げる', '特典', '商品券', 'ギフト券', 'ギフトカード', 'クーポン', 'キャッシュバック',
  'ノベルティ', '粗品', 'Amazonギフト', 'QUOカード', 'クオカード', '景品', 'おまけ', '謝礼',
]

/**
 * Words clinics write in katakana or hiragana for emphasis (ゼッタイ, カンペキ, キセキ). The analyser
 * gives them back their kanji before reading the sentence, so rules list each word once.
 */
export const KANA_SPELLED = [
  '絶対', '完璧', '必ず', '確実', '奇跡', '最高', '最強', '安全', '安心', '副作用', '完全', '永久', '永遠', '劇的',
  '抜群', '驚異', '究極', '最先端', '日本一', '世界一', '激安', '格安', '半額', '無痛', '即効', '圧倒的', '顕著',
  '体験談', '口コミ', '芸能人', '有名人', '不老不死',
]

/** Other clinics, as clinics name them when comparing. */
const OTHERS = [
  '他院', '他社', '他のクリニック', 'ほかのクリニック', '他の医院', '他の病院', '他の医療機関', '他の美容クリニック', '他の施設',
  '他施設', '一般的なクリニック', '一般的な美容クリニック', '一般的な医療機関', '通常のクリニック', '他店', 'よそ',
]

/** Kinds of clinic a page compares itself with when it names them generically (一般的な美容外科より). */
const COMPETITOR = ['クリニック', '医院', '病院', '美容外科', '美容皮膚科', '皮膚科', '形成外科', '歯科', '医療機関', 'サロン', 'エステ']

/** Symptoms and signs of ageing a treatment is said to remove or stop (疲労感を解消, 老化を食い止める). */
const CONDITION = [
  '老化', '衰え', '症状', '痛み', '疲労', '疲労感', '疲れ', '不調', '悩み', 'シミ', 'しわ', 'たるみ', 'くすみ', 'ニキビ',
  '薄毛', '抜け毛', '冷え', '肩こり', '腰痛', '関節痛', '不眠', '便秘', '脂肪', '炎症', '原因', 'ほうれい線', 'クマ',
]

/** What a treatment is said to give back (活力あふれる毎日を取り戻せます). */
const REGAINED = ['若さ', '若々しさ', 'ハリ', '健康', '元気', '活力', '輝き']

export const LISTS = { COMPETITOR, CONDITION, REGAINED, OTHERS, OUTCOME, EFFECT, HARM, LOW, PASSING_REACTION, DEGREE, BENEFIT, FAMOUS, PATRONISE, AUTHORITY, APPROVE, GIFT }
