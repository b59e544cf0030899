/**
 * Ranking scores over labelled queries. precision@5: relevant results among the first five,
 * out of min(5, relevant documents) so that a query with one right answer can score 1;
 * recall: relevant documents anywhere in the results; MRR: 1 / rank of the first relevant one.
 */
export type QueryScore = { precisionAt5: number; recall: number; reciprocalRank: number }
export type RankingScore = QueryScore & { queries: number }

export function scoreQuery(results: string[], expected: string[]): QueryScore {
  const relevant = new Set(expected)
  const top5 = results.slice(0, 5).filter((r) => relevant.has(r)).length
  const found = new Set(results.filter((r) => relevant.has(r))).size
  const first = results.findIndex((r) => relevant.has(r))
  return {
    precisionAt5: top5 / Math.min(5, relevant.size),
    recall: found / relevant.size,
    reciprocalRank: first < 0 ? 0 : 1 / (first + 1),
  }
}

export function meanScore(scores: QueryScore[]): RankingScore {
  const mean = (key: keyof QueryScore) =>
    scores.reduce((sum, s) => sum + s[key], 0) / Math.max(1, scores.length)
  return {
    precisionAt5: mean('precisionAt5'),
    recall: mean('recall'),
    reciprocalRank: mean('reciprocalRank'),
    queries: scores.length,
  }
}
