import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { CalloutBlock, CitationBlock, ComparisonTableBlock, KeyPointsBlock } from './blocks'

/** Rich text with inline citations (treatment mechanisms, component notes). */
export const citableEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures,
    BlocksFeature({ inlineBlocks: [CitationBlock] }),
  ],
})

/** Article bodies: inline citations plus callouts, key-point cards and the comparison table. */
export const articleEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures,
    BlocksFeature({
      blocks: [CalloutBlock, KeyPointsBlock, ComparisonTableBlock],
      inlineBlocks: [CitationBlock],
    }),
  ],
})
