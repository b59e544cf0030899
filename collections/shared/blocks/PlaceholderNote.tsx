/** Explains placeholder blocks whose content is generated on the public page. */
export const KeyPointsNote = () => (
  <p style={{ margin: 0, opacity: 0.8 }}>
    この位置に、記事の「要点カード」（サイドバーではなく上部の要点フィールド）が表示されます。
  </p>
)

export const ComparisonTableNote = () => (
  <p style={{ margin: 0, opacity: 0.8 }}>
    この位置に、比較対象の治療の構造化データから自動生成される比較表が表示されます。
  </p>
)
