import type { ClinicContact } from '@/lib/queries/shared'

/** Footer with the clinic's contact (site-settings global) and the site-wide notice. */
export function SiteFooter({ settings }: { settings?: ClinicContact | null }) {
  const c = settings?.contact
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        {settings ? (
          <section aria-labelledby="clinic-heading" className="clinic">
            <h2 id="clinic-heading">{settings.clinicName}</h2>
            <dl>
              {c?.address ? (
                <div>
                  <dt>所在地</dt>
                  <dd>{c.address}</dd>
                </div>
              ) : null}
              {c?.phone ? (
                <div>
                  <dt>電話</dt>
                  <dd>
                    <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a>
                  </dd>
                </div>
              ) : null}
              {c?.email ? (
                <div>
                  <dt>メール</dt>
                  <dd>
                    <a href={`mailto:${c.email}`}>{c.email}</a>
                  </dd>
                </div>
              ) : null}
              {c?.hours ? (
                <div>
                  <dt>診療時間</dt>
                  <dd>{c.hours}</dd>
                </div>
              ) : null}
              {c?.url ? (
                <div>
                  <dt>ウェブサイト</dt>
                  <dd>
                    <a href={c.url} rel="noopener noreferrer">
                      {c.url.replace(/^https?:\/\//, '')}
                    </a>
                  </dd>
                </div>
              ) : null}
            </dl>
          </section>
        ) : null}
        <p className="footer-note">
          このサイトの情報は医師の監修を受けた一般的な情報であり、診断や治療方針を示すものではありません。治療を検討する際は、医師から十分な説明を受けたうえでご判断ください。
        </p>
      </div>
    </footer>
  )
}
