export function StoreFooter() {
  return (
    <footer className="store-footer">
      <p>株式会社アクメ 〒100-0005 東京都千代田区丸の内1-1-1</p>
      <p>フリーダイヤル: 0120-123-456(平日 9:00〜18:00)</p>
      <p>
        店長直通 (携帯): 080-2291-4476 {/* expect: pii-guard/no-hardcoded-pii */}
      </p>
      <p>
        <a href="mailto:info@acme.co.jp">info@acme.co.jp</a>
      </p>
    </footer>
  );
}
