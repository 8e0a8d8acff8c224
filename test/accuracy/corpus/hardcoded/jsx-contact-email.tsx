export function TeamPage() {
  return (
    <section className="team">
      <h2>担当者</h2>
      <p>
        営業担当: 田中 浩 — hiroshi.tanaka.sales@gmail.com {/* expect: pii-guard/no-hardcoded-pii */}
      </p>
      <p>
        お問い合わせ: <a href="mailto:support@acme.co.jp">support@acme.co.jp</a>
      </p>
    </section>
  );
}
