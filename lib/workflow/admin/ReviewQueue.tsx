import type { Payload } from 'payload'
import React from 'react'

import { collectionLabel, hasRole } from '@/lib/domain'

import { compareUrl, reviewQueue, type QueueItem } from '../queue'
import { formatTokyo } from '../schedule'
import { ReviewStateBadge } from './ReviewStateBadge'

const fmt = (iso?: string | null) =>
  iso ? new Date(iso).toLocaleDateString('ja-JP', { timeZone: 'Asia/Tokyo' }) : '—'

/**
 * 「レビュー待ち」 on the admin dashboard, for reviewers and admins: what waits for them (with
 * a link to Payload's comparison against the last approved version) and what is due for
 * re-review.
 */
export async function ReviewQueue({
  payload,
  user,
}: {
  payload: Payload
  user?: { id: number | string; roles?: string[] | null } | null
}) {
  if (!hasRole(user, 'reviewer', 'admin')) return null
  const { waiting, waitingTotal, due, dueTotal, scheduled } = await reviewQueue(payload, {
    userId: user!.id,
  })
  const admin = payload.config.routes.admin
  const editUrl = (item: QueueItem) => `${admin}/collections/${item.collection}/${item.id}`
  return (
    <section
      aria-labelledby="review-queue-heading"
      className="hikaku-review-queue"
      style={{ marginBottom: 32 }}
    >
      <h2 id="review-queue-heading">レビュー待ち</h2>
      {waiting.length === 0 ? (
        <p>レビュー待ちのドキュメントはありません。</p>
      ) : (
        <table className="table" style={{ width: '100%' }}>
          <thead>
            <tr>
              <th>種類</th>
              <th>タイトル</th>
              <th>申請者</th>
              <th>申請日</th>
              <th>警告</th>
              <th>変更点</th>
            </tr>
          </thead>
          <tbody>
            {waiting.map((item) => (
              <tr
                key={`${item.collection}-${item.id}`}
                data-review-item={`${item.collection}:${item.id}`}
              >
                <td>{collectionLabel(item.collection)}</td>
                <td>
                  <a href={editUrl(item)}>{item.title}</a>{' '}
                  <ReviewStateBadge state={item.reviewState} />
                  {item.ownEdits ? (
                    <div style={{ fontSize: 12 }}>
                      あなたの編集を含むため、他のレビュアーの承認が必要です
                    </div>
                  ) : null}
                </td>
                <td>{item.submittedBy ?? '—'}</td>
                <td>{fmt(item.submittedAt)}</td>
                <td>{item.warnings ? `${item.warnings}件` : '—'}</td>
                <td>
                  <a href={compareUrl(item, admin)}>
                    {item.publishedVersionId ? '承認済みの版と比較' : '版を見る（初回）'}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {waitingTotal > waiting.length ? (
        <p>ほか {waitingTotal - waiting.length} 件（申請日の古い順に表示しています）</p>
      ) : null}
      <h3 style={{ marginTop: 24 }}>公開予約</h3>
      {scheduled.length === 0 ? (
        <p>予約された公開・公開終了はありません。</p>
      ) : (
        <table className="table" style={{ width: '100%' }} aria-label="公開予約（日本時間）">
          <thead>
            <tr>
              <th>種類</th>
              <th>タイトル</th>
              <th>公開予定（日本時間）</th>
              <th>公開終了予定（日本時間）</th>
              <th>承認者</th>
            </tr>
          </thead>
          <tbody>
            {scheduled.map((item) => (
              <tr
                key={`${item.collection}-${item.id}`}
                data-scheduled-item={`${item.collection}:${item.id}`}
              >
                <td>{collectionLabel(item.collection)}</td>
                <td>
                  <a href={`${admin}/collections/${item.collection}/${item.id}`}>{item.title}</a>
                </td>
                <td>{item.publishAt ? formatTokyo(item.publishAt) : '公開中'}</td>
                <td>{formatTokyo(item.unpublishAt)}</td>
                <td>{item.scheduledBy ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 style={{ marginTop: 24 }}>再レビュー期限</h3>
      {due.length === 0 ? (
        <p>再レビュー期限を過ぎたドキュメントはありません。</p>
      ) : (
        <table className="table" style={{ width: '100%' }}>
          <thead>
            <tr>
              <th>種類</th>
              <th>タイトル</th>
              <th>最終確認日</th>
              <th>期限</th>
            </tr>
          </thead>
          <tbody>
            {due.map((item) => (
              <tr key={`${item.collection}-${item.id}`}>
                <td>{collectionLabel(item.collection)}</td>
                <td>
                  <a href={editUrl(item)}>{item.title}</a>{' '}
                  <ReviewStateBadge state={item.reviewState} due />
                </td>
                <td>{fmt(item.lastReviewedAt)}</td>
                <td>{fmt(item.dueAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {dueTotal > due.length ? (
        <p>ほか {dueTotal - due.length} 件（期限の古い順に表示しています）</p>
      ) : null}
    </section>
  )
}
