import { jaModel, Parser } from 'budoux'
import { Fragment } from 'react'

const parser = new Parser(jaModel)

/**
 * Japanese text with BudouX phrase boundaries as <wbr>: with `word-break: keep-all` on the
 * element (see .phrases in globals.css) lines break between phrases, never inside a word.
 */
export function Phrases({ text }: { text: string }) {
  const phrases = parser.parse(text)
  return (
    <>
      {phrases.map((phrase, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {phrase}
        </Fragment>
      ))}
    </>
  )
}
