export default function HomePage() {
  return (
    <main>
      <h1>Hikaku</h1>
      <p>医師が監修した、エビデンスに基づく治療法の比較。</p>
    </main>
  )
}
