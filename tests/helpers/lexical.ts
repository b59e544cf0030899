import { randomBytes } from 'node:crypto'

/**
 * Lexical rich text for tests. Each argument is one paragraph given as its parts: a string
 * is text, a number is an inline citation of that reference id; `['TABLE']` is the
 * comparison-table block.
 *
 *   richText(['効果が報告されています。', refId], ['TABLE'])
 */
export function richText(...paragraphs: (string | number)[][]) {
  const blockId = () => randomBytes(12).toString('hex')
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((parts) =>
        parts.length === 1 && parts[0] === 'TABLE'
          ? {
              type: 'block',
              version: 2,
              format: '',
              fields: { id: blockId(), blockName: '', blockType: 'comparisonTable' },
            }
          : {
              type: 'paragraph',
              format: '',
              indent: 0,
              version: 1,
              direction: 'ltr',
              textFormat: 0,
              children: parts.map((part) =>
                typeof part === 'number'
                  ? {
                      type: 'inlineBlock',
                      version: 1,
                      fields: {
                        id: blockId(),
                        blockName: '',
                        blockType: 'citation',
                        reference: part,
                      },
                    }
                  : {
                      type: 'text',
                      text: part,
                      format: 0,
                      detail: 0,
                      mode: 'normal',
                      style: '',
                      version: 1,
                    },
              ),
            },
      ),
    },
  }
}
