import { describe, expect, it } from '@jest/globals'
import { ESLint } from 'eslint'

/**
 * The dependency rule of eslint.config.mjs (import/no-restricted-paths), run on code that
 * imports in the forbidden direction: app/ → collections/ → lib/, scripts/ ✕ tests/.
 * The files need not exist; ESLint resolves each import from the given path.
 */
const eslint = new ESLint({ cwd: process.cwd() })

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath })
  return result!.messages
    .filter((m) => m.ruleId === 'import/no-restricted-paths')
    .map((m) => m.message)
}

describe('layering rule', () => {
  it.each([
    ['lib/workflow/example.ts', "import { contentAccess } from '@/collections/shared/access'"],
    ['lib/workflow/example.ts', "import { contentAccess } from '../../collections/shared/access'"],
    ['lib/queries/example.ts', "import config from '@payload-config'"],
    ['lib/example.ts', "import config from '../payload.config'"],
    [
      'lib/seo/example.ts',
      "import { NotFoundPage } from '@/app/(site)/_components/Layout/NotFoundPage'",
    ],
    ['collections/shared/example.ts', "import { getViewer } from '@/app/(site)/_lib/viewer'"],
    ['scripts/example.ts', "import { rest } from '../tests/helpers/rest'"],
    ['tests/int/example.ts', "import { prepareDatabase } from '../../scripts/postbuild'"],
  ])('refuses %s → %s', async (file, code) => {
    expect(await layerErrors(file, code)).toHaveLength(1)
  })

  it.each([
    ['collections/shared/example.ts', "import { hasRole } from '@/lib/domain'"],
    ['app/(site)/example.ts', "import { Articles } from '@/collections/Articles'"],
    ['lib/workflow/example.ts', "import { reviewedCollections } from '../domain/collections'"],
    ['scripts/example.ts', "import { closePayload } from '@/lib/db/closePayload'"],
    ['tests/int/example.ts', "import config from '@payload-config'"],
  ])('allows %s → %s', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([])
  })
})
