export function KaiinCard({ kaiin }) {
  if (process.env.NODE_ENV !== 'production') {
    console.log('会員情報', kaiin.shimei, kaiin.denwaBangou); // expect: pii-guard/no-pii-in-logs
  }
  return (
    <div className="kaiin-card">
      <p className="kaiin-card__no">会員番号 {kaiin.kaiinBangou}</p>
      <p className="kaiin-card__name">{kaiin.shimei} 様</p>
      <p className="kaiin-card__tel">{kaiin.denwaBangou}</p>
      <p className="kaiin-card__rank">ランク: {kaiin.ranku}</p>
    </div>
  );
}
