/**
 * Turns a document into plain-text segments the rules can read.
 *
 * One segment per plain field (path 'summary', 'clinicalApplications.0.finding', …) and one per
 * block of a rich-text field (paragraph, heading, list item, callout text…). A rich-text field's
 * plain text is its blocks joined by '\n'; `offset` places each block inside it, so a finding's
 * span always points into the field's plain text (see fieldText()).
 *
 * Citations — which references support the segment (used by the evidence rules):
 *  - article body paragraphs: only the inline citation blocks of that paragraph/list item;
 *  - clinicalApplications[i].area / .finding: that row's `references`;
 *  - treatment mechanism (rich text): its inline citations, or else the treatment's references
 *    (the treatment editor may not offer inline citations);
 *  - every other text field (summary, definition, lead, key points, callouts, functions…):
 *    the document's `references` — these are summaries of what the references say.
 * Reference titles are never extracted: a cited paper called "No.1 …" is not an advertisement.
 */
import type { CheckedCollection } from './types'
import { isObject, relationIds, type Doc } from './values'

export type CitationSource = 'inline' | 'row' | 'document'

/** What a segment is: a plain field, or the kind of rich-text block it came from. */
export type SegmentKind = 'field' | 'paragraph' | 'heading' | 'quote' | 'listitem' | 'block'

export interface Segment {
  /** Field path, e.g. 'summary', 'body', 'keyPoints.1.text'. */
  path: string
  text: string
  /** Where `text` starts inside the field's plain text. */
  offset: number
  /** Ids (as strings) of the references supporting this text. */
  citations: string[]
  citationSource: CitationSource
  kind: SegmentKind
  /** For rich text: the index of the block inside the field. */
  block?: number
}

type Support = 'document' | 'row' | 'inline' | 'inline-or-document'

interface FieldSpec {
  /** Dotted path; '*' walks every row of an array. */
  path: string
  richText?: boolean
  support: Support
}

const FIELDS: Record<CheckedCollection, FieldSpec[]> = {
  articles: [
    { path: 'title', support: 'document' },
    { path: 'lead', support: 'document' },
    { path: 'keyPoints.*.heading', support: 'document' },
    { path: 'keyPoints.*.text', support: 'document' },
    { path: 'body', richText: true, support: 'inline' },
    { path: 'meta.title', support: 'document' },
    { path: 'meta.description', support: 'document' },
  ],
  treatments: [
    { path: 'name', support: 'document' },
    { path: 'nameEn', support: 'document' },
    { path: 'summary', support: 'document' },
    { path: 'definition', support: 'document' },
    { path: 'sourceCells', support: 'document' },
    { path: 'components.*.role', support: 'document' },
    { path: 'mechanism', richText: true, support: 'inline-or-document' },
    { path: 'sizeStructure', support: 'document' },
    { path: 'clinicalApplications.*.area', support: 'row' },
    { path: 'clinicalApplications.*.finding', support: 'row' },
    { path: 'safety.risks', support: 'document' },
    { path: 'safety.sideEffects', support: 'document' },
    { path: 'safety.contraindications', support: 'document' },
    { path: 'duration.text', support: 'document' },
    { path: 'administration', support: 'document' },
    { path: 'course.period', support: 'document' },
    { path: 'course.sessions', support: 'document' },
    { path: 'regulatory.unapproved.notice', support: 'document' },
    { path: 'regulatory.unapproved.howObtained', support: 'document' },
    { path: 'regulatory.unapproved.domesticEquivalent', support: 'document' },
    { path: 'regulatory.unapproved.overseasSafety', support: 'document' },
    { path: 'regulatory.unapproved.reliefSystem', support: 'document' },
    { path: 'price.note', support: 'document' },
  ],
  components: [
    { path: 'name', support: 'document' },
    { path: 'nameEn', support: 'document' },
    { path: 'examples.*.name', support: 'document' },
    { path: 'functions', support: 'document' },
  ],
}

/** Expands '*' in a path against the document: [concrete path, value, enclosing array row]. */
function expand(doc: unknown, path: string): Array<{ path: string; value: unknown; row?: Doc }> {
  const results: Array<{ path: string; value: unknown; row?: Doc }> = []
  const walk = (value: unknown, parts: string[], done: string[], row?: Doc): void => {
    if (parts.length === 0) {
      results.push({ path: done.join('.'), value, row })
      return
    }
    const [head, ...rest] = parts
    if (head === '*') {
      if (!Array.isArray(value)) return
      value.forEach((item, i) =>
        walk(item, rest, [...done, String(i)], isObject(item) ? item : undefined),
      )
    } else if (isObject(value)) {
      walk(value[head], rest, [...done, head], row)
    }
  }
  walk(doc, path.split('.'), [])
  return results
}

// ---------------------------------------------------------------- Lexical

interface LexicalBlock {
  text: string
  citations: string[]
  /** 'block' for blocks (callouts…), which carry no inline citations of their own. */
  kind: Exclude<SegmentKind, 'field'>
}

/** Element nodes whose inline children form one block of text. */
const TEXT_CONTAINERS = new Set(['paragraph', 'heading', 'quote', 'listitem'])
/** Block fields read as text (callout: title, text). */
const BLOCK_TEXT_FIELDS = ['title', 'heading', 'text', 'caption', 'content', 'body', 'label']

function childrenOf(node: Doc): unknown[] {
  return Array.isArray(node.children) ? node.children : []
}

function citationIdsOfInlineBlock(node: Doc): string[] {
  const fields = isObject(node.fields) ? node.fields : undefined
  if (!fields || fields.blockType !== 'citation') return []
  const ids = relationIds(fields.reference)
  return ids.length > 0 ? ids : relationIds(fields.references)
}

/**
 * Collects the inline content of a text container (text, line breaks, inline citation blocks,
 * and the text inside links and marks); nested containers (a list in a list item) are
 * returned separately. Walked with an explicit stack: no recursion tied to the input.
 */
function readInline(
  container: Doc,
  out: { text: string; citations: string[] },
  nested: Doc[],
): void {
  const stack: unknown[] = [...childrenOf(container)].reverse()
  while (stack.length > 0) {
    const child = stack.pop()
    if (!isObject(child)) continue
    switch (child.type) {
      case 'text':
        out.text += typeof child.text === 'string' ? child.text : ''
        break
      case 'linebreak':
        out.text += '\n'
        break
      case 'tab':
        out.text += '\t'
        break
      case 'inlineBlock':
        out.citations.push(...citationIdsOfInlineBlock(child))
        break
      default:
        if (
          typeof child.type === 'string' &&
          (TEXT_CONTAINERS.has(child.type) || child.type === 'list')
        )
          nested.push(child)
        else
          for (let i = childrenOf(child).length - 1; i >= 0; i--) stack.push(childrenOf(child)[i]) // link, autolink, mark…
    }
  }
}

/** The text blocks under a Lexical node, in reading order (explicit stack, no recursion). */
function visitLexical(root: unknown, blocks: LexicalBlock[]): void {
  // `inBlock`: text inside a block's rich-text field (a callout's body) counts as the block's text.
  const stack: Array<{ node: unknown; inBlock: boolean }> = [{ node: root, inBlock: false }]
  while (stack.length > 0) {
    const { node, inBlock } = stack.pop()!
    if (!isObject(node)) continue
    const type = node.type
    if (typeof type === 'string' && TEXT_CONTAINERS.has(type)) {
      const out = { text: '', citations: [] as string[] }
      const nested: Doc[] = []
      readInline(node, out, nested)
      if (out.text.trim().length > 0)
        blocks.push({ ...out, kind: inBlock ? 'block' : (type as LexicalBlock['kind']) })
      for (let i = nested.length - 1; i >= 0; i--) stack.push({ node: nested[i], inBlock })
      continue
    }
    if (type === 'block' && isObject(node.fields)) {
      const fields = node.fields
      const later: Array<{ node: unknown; inBlock: boolean }> = []
      for (const key of BLOCK_TEXT_FIELDS) {
        const value = fields[key]
        if (typeof value === 'string' && value.trim().length > 0)
          later.push({
            node: { type: 'paragraph', children: [{ type: 'text', text: value }] },
            inBlock: true,
          })
        else if (isObject(value) && isObject(value.root))
          later.push({ node: value.root, inBlock: true })
      }
      for (let i = later.length - 1; i >= 0; i--) stack.push(later[i]!)
      continue
    }
    const children = childrenOf(node)
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], inBlock })
  }
}

/** The text blocks of a Lexical value, in reading order. */
export function lexicalBlocks(value: unknown): LexicalBlock[] {
  const blocks: LexicalBlock[] = []
  if (isObject(value)) visitLexical(isObject(value.root) ? value.root : value, blocks)
  return blocks
}

// ---------------------------------------------------------------- segments

export function extractSegments(collection: CheckedCollection, doc: Doc): Segment[] {
  const docRefs = relationIds(doc.references)
  const segments: Segment[] = []
  for (const spec of FIELDS[collection] ?? []) {
    for (const { path, value, row } of expand(doc, spec.path)) {
      if (spec.richText) {
        let offset = 0
        lexicalBlocks(value).forEach((block, index) => {
          const inline = block.citations
          const useDocument =
            block.kind === 'block' || (spec.support === 'inline-or-document' && inline.length === 0)
          segments.push({
            path,
            text: block.text,
            offset,
            citations: useDocument ? docRefs : inline,
            citationSource: useDocument ? 'document' : 'inline',
            kind: block.kind,
            block: index,
          })
          offset += block.text.length + 1
        })
      } else if (typeof value === 'string' && value.trim().length > 0) {
        const rowRefs = spec.support === 'row' ? relationIds(row?.references) : []
        segments.push({
          path,
          text: value,
          offset: 0,
          citations: spec.support === 'row' ? rowRefs : docRefs,
          citationSource: spec.support === 'row' ? 'row' : 'document',
          kind: 'field',
        })
      }
    }
  }
  return segments
}

/** A field's extracted plain text (rich text: its blocks joined by '\n'); span offsets index into it. */
export function fieldText(segments: Segment[], path: string): string {
  let text = ''
  for (const segment of segments) {
    if (segment.path !== path) continue
    text = text.padEnd(segment.offset, '\n') + segment.text
  }
  return text
}
