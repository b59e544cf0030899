import type { ReactNode } from 'react'

import { relationId } from '@/lib/domain'
import { citedReference } from '@/lib/richtext/citations'
import { richTextLink } from '@/lib/richtext/links'

import { CitationMark } from '../Citations/CitationMark'
import { citationAnchor } from '../ComparisonTable/buildComparisonRows'
import { Phrases } from '../Typography/Phrases'

type Node = {
  type?: string
  tag?: string
  text?: string
  format?: number | string
  listType?: string
  children?: Node[]
  fields?: Record<string, unknown> & { blockType?: string; url?: string; newTab?: boolean }
  url?: string
}

export type RichTextProps = {
  state: unknown
  /** Number of a cited reference id (undefined: not visible, the marker is left out). */
  numberOf: (refId: string | number) => number | undefined
  /** Renderers for block nodes by blockType (key points, the comparison table, …). */
  blocks?: Record<string, (fields: Record<string, unknown>) => ReactNode>
}

const FORMAT = { bold: 1, italic: 2, strike: 4, underline: 8, code: 16, sub: 32, sup: 64 }

function renderText(node: Node, key: number): ReactNode {
  let out: ReactNode = node.text ?? ''
  const f = typeof node.format === 'number' ? node.format : 0
  if (f & FORMAT.code) out = <code>{out}</code>
  if (f & FORMAT.bold) out = <strong>{out}</strong>
  if (f & FORMAT.italic) out = <em>{out}</em>
  if (f & FORMAT.strike) out = <s>{out}</s>
  if (f & FORMAT.underline) out = <u>{out}</u>
  if (f & FORMAT.sub) out = <sub>{out}</sub>
  if (f & FORMAT.sup) out = <sup>{out}</sup>
  return <span key={key}>{out}</span>
}

const plainText = (nodes: Node[] | undefined): string | null =>
  (nodes ?? []).every((n) => n.type === 'text' && !n.format)
    ? (nodes ?? []).map((n) => n.text ?? '').join('')
    : null

/** Renders Lexical JSON to semantic HTML on the server (no client JavaScript). */
export function RichText({ state, numberOf, blocks = {} }: RichTextProps) {
  const render = (nodes: Node[] | undefined): ReactNode[] =>
    (nodes ?? []).map((node, i): ReactNode => {
      switch (node.type) {
        case 'text':
          return renderText(node, i)
        case 'linebreak':
          return <br key={i} />
        case 'tab':
          return ' '
        case 'paragraph':
          return node.children?.length ? <p key={i}>{render(node.children)}</p> : null
        case 'heading': {
          const Tag = (
            ['h2', 'h3', 'h4', 'h5', 'h6'].includes(node.tag ?? '') ? node.tag : 'h2'
          ) as 'h2'
          const text = plainText(node.children)
          return (
            <Tag key={i} className="phrases">
              {text !== null ? <Phrases text={text} /> : render(node.children)}
            </Tag>
          )
        }
        case 'list': {
          const Tag = node.listType === 'number' ? 'ol' : 'ul'
          return <Tag key={i}>{render(node.children)}</Tag>
        }
        case 'listitem':
          return <li key={i}>{render(node.children)}</li>
        case 'quote':
          return <blockquote key={i}>{render(node.children)}</blockquote>
        case 'horizontalrule':
          return <hr key={i} />
        case 'link':
        case 'autolink': {
          const link = richTextLink(node.fields?.url ?? node.url)
          if (!link) return <span key={i}>{render(node.children)}</span>
          const newTab = link.external && node.fields?.newTab === true
          return (
            <a
              key={i}
              href={link.href}
              {...(link.external ? { rel: 'noopener noreferrer' } : {})}
              {...(newTab ? { target: '_blank' } : {})}
            >
              {render(node.children)}
            </a>
          )
        }
        case 'inlineBlock': {
          if (node.fields?.blockType !== 'citation') return null
          const id = relationId(citedReference(node.fields))
          const number = id === undefined ? undefined : numberOf(id)
          return number ? (
            <CitationMark key={i} number={number} anchor={citationAnchor(node.fields)} />
          ) : null
        }
        case 'block': {
          const renderBlock = node.fields?.blockType ? blocks[node.fields.blockType] : undefined
          return renderBlock ? (
            <div key={i} className="block">
              {renderBlock(node.fields!)}
            </div>
          ) : null
        }
        default:
          return node.children ? <span key={i}>{render(node.children)}</span> : null
      }
    })
  return <>{render((state as { root?: Node } | null | undefined)?.root?.children)}</>
}
