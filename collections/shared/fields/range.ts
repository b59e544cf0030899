import type { RowField } from 'payload'

type Bound = { name: string; label: { ja: string; en: string } }

/**
 * A min–max pair of numbers side by side; the maximum may not be below the minimum.
 * `path` is the group the pair lives in, used to name the field in the error.
 */
export function numberRange(path: string, min: Bound, max: Bound): RowField {
  return {
    type: 'row',
    fields: [
      { name: min.name, type: 'number', min: 0, label: min.label },
      {
        name: max.name,
        type: 'number',
        min: 0,
        label: max.label,
        validate: (
          value: number | null | undefined,
          { siblingData }: { siblingData: Record<string, unknown> },
        ) => {
          const lower = siblingData[min.name]
          return value == null || typeof lower !== 'number' || value >= lower
            ? true
            : `${max.label.ja}は${min.label.ja}以上にしてください（${path}.${max.name} must be ≥ ${path}.${min.name}）`
        },
      },
    ],
  }
}
