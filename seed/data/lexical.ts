/**
 * Tiny, dependency-free builders for Payload 3 (richtext-lexical) editor state, so the seed
 * data stays readable.
 *
 * Blocks and inline blocks need a 24-hex `id`. Ids are deterministic: each document gets its
 * own namespace (e.g. 'article:secretome-vs-exosome') and a counter, so building the data twice
 * yields byte-identical JSON and re-seeding does not churn versions.
 *
 *   const body = lexicalDoc('article:foo', ({ cite, callout }) => [
 *     heading('見出し'),
 *     paragraph('本文。', cite('pmc10789073')),
 *     callout('warning', '注意', '…'),
 *   ])
 *
 * Citations carry `reference: { key }`; `resolveCitations()` rewrites them to database ids.
 */
import type {
  BodyBlockFields,
  CalloutTone,
  CitationInlineNode,
  LexicalBlockLevelNode,
  LexicalBlockNode,
  LexicalHeadingNode,
  LexicalInlineNode,
  LexicalListItemNode,
  LexicalListNode,
  LexicalParagraphNode,
  LexicalState,
  LexicalTextNode,
  ReferenceKey,
} from './types'

// ---------------------------------------------------------------- deterministic ids

/** FNV-1a 32-bit hash → 8 hex chars. */
function fnv1a32(input: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

export type IdGenerator = () => string

/**
 * Returns a generator of 24-hex ids: 8 hex from the namespace hash + 16 hex counter.
 * Same namespace + same call order ⇒ same ids.
 */
export function createIdGenerator(namespace: string): IdGenerator {
  const prefix = fnv1a32(namespace)
  let counter = 0
  return () => {
    counter += 1
    return prefix + counter.toString(16).padStart(16, '0')
  }
}

export const HEX24 = /^[0-9a-f]{24}$/

// ---------------------------------------------------------------- inline nodes

export type InlineInput = string | LexicalInlineNode

export const TEXT_FORMAT = { plain: 0, bold: 1, italic: 2 } as const

export function text(value: string, format: number = TEXT_FORMAT.plain): LexicalTextNode {
  return { type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

export function bold(value: string): LexicalTextNode {
  return text(value, TEXT_FORMAT.bold)
}

function inline(children: InlineInput[]): LexicalInlineNode[] {
  return children.map((c) => (typeof c === 'string' ? text(c) : c))
}

export function cite(key: ReferenceKey, ids: IdGenerator): CitationInlineNode {
  return {
    type: 'inlineBlock',
    version: 1,
    fields: { id: ids(), blockName: '', blockType: 'citation', reference: { key } },
  }
}

// ---------------------------------------------------------------- block-level nodes

export function paragraph(...children: InlineInput[]): LexicalParagraphNode {
  return {
    type: 'paragraph',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    textFormat: 0,
    children: inline(children),
  }
}

export function heading(
  value: string | InlineInput[],
  tag: 'h2' | 'h3' | 'h4' = 'h2',
): LexicalHeadingNode {
  return {
    type: 'heading',
    tag,
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: inline(typeof value === 'string' ? [value] : value),
  }
}

/** `items`: each item is a string or an array of inline parts (e.g. [bold('成長因子'), '：VEGF…']). */
export function list(
  items: (string | InlineInput[])[],
  listType: 'bullet' | 'number' = 'bullet',
): LexicalListNode {
  return {
    type: 'list',
    listType,
    tag: listType === 'bullet' ? 'ul' : 'ol',
    start: 1,
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: items.map((item, i): LexicalListItemNode => ({
      type: 'listitem',
      value: i + 1,
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: inline(typeof item === 'string' ? [item] : item),
    })),
  }
}

type BlockFieldsWithoutId = BodyBlockFields extends infer F
  ? F extends { id: string }
    ? Omit<F, 'id'>
    : never
  : never

export function block(fields: BlockFieldsWithoutId, ids: IdGenerator): LexicalBlockNode {
  return {
    type: 'block',
    version: 2,
    format: '',
    fields: { id: ids(), ...fields } as BodyBlockFields,
  }
}

export function root(children: LexicalBlockLevelNode[]): LexicalState {
  return { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children } }
}

// ---------------------------------------------------------------- document helper

export interface DocHelpers {
  cite: (key: ReferenceKey) => CitationInlineNode
  callout: (tone: CalloutTone, title: string | undefined, body: string) => LexicalBlockNode
  keyPointsBlock: () => LexicalBlockNode
  comparisonTableBlock: () => LexicalBlockNode
  ids: IdGenerator
}

/** Builds a whole editor state whose block/inline ids come from `namespace`. */
export function lexicalDoc(
  namespace: string,
  build: (h: DocHelpers) => LexicalBlockLevelNode[],
): LexicalState {
  const ids = createIdGenerator(namespace)
  const helpers: DocHelpers = {
    ids,
    cite: (key) => cite(key, ids),
    callout: (tone, title, body) =>
      block(
        title === undefined
          ? { blockName: '', blockType: 'callout', tone, text: body }
          : { blockName: '', blockType: 'callout', tone, title, text: body },
        ids,
      ),
    keyPointsBlock: () => block({ blockName: '', blockType: 'keyPoints' }, ids),
    comparisonTableBlock: () => block({ blockName: '', blockType: 'comparisonTable' }, ids),
  }
  return root(build(helpers))
}

// ---------------------------------------------------------------- walking / resolving

type AnyNode = {
  type: string
  text?: string
  children?: AnyNode[]
  fields?: Record<string, unknown>
}

function walk(nodes: AnyNode[] | undefined, visit: (n: AnyNode) => void): void {
  for (const n of nodes ?? []) {
    visit(n)
    walk(n.children, visit)
  }
}

/** Reference keys cited inline in `state`, in document order (duplicates kept). */
export function collectCitationKeys(state: LexicalState): ReferenceKey[] {
  const keys: ReferenceKey[] = []
  walk(state.root.children as AnyNode[], (n) => {
    if (n.type === 'inlineBlock' && n.fields?.blockType === 'citation') {
      keys.push((n.fields.reference as { key: ReferenceKey }).key)
    }
  })
  return keys
}

/** All block/inline-block ids in `state`. */
export function collectBlockIds(state: LexicalState): string[] {
  const ids: string[] = []
  walk(state.root.children as AnyNode[], (n) => {
    if ((n.type === 'inlineBlock' || n.type === 'block') && typeof n.fields?.id === 'string') {
      ids.push(n.fields.id as string)
    }
  })
  return ids
}

/**
 * Deep-copies `state` and replaces every citation's `reference: { key }` with the id returned
 * by `resolve(key)` (throwing if a key is unknown is up to `resolve`). Use it in the loader:
 *   body: resolveCitations(article.body, (k) => refIds.get(k)!)
 */
export function resolveCitations<Id extends string | number>(
  state: LexicalState,
  resolve: (key: ReferenceKey) => Id,
): unknown {
  const copy = JSON.parse(JSON.stringify(state)) as { root: AnyNode }
  walk(copy.root.children, (n) => {
    if (n.type === 'inlineBlock' && n.fields?.blockType === 'citation') {
      const ref = n.fields.reference as { key: ReferenceKey }
      n.fields.reference = resolve(ref.key)
    }
  })
  return copy
}

/** Plain text of a node list (for checks and for meta descriptions). */
export function plainText(nodes: AnyNode[] | undefined): string {
  let out = ''
  walk(nodes, (n) => {
    if (n.type === 'text') out += n.text ?? ''
  })
  return out
}
