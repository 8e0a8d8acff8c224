interface Props {
  shisetsuMei: string;
  yoyakuKensuu: number;
  teiin: number;
  sankaNinzuu: number;
}

export function CapacityBadge({ shisetsuMei, yoyakuKensuu, teiin, sankaNinzuu }: Props) {
  const nokori = teiin - sankaNinzuu;
  console.log(`${shisetsuMei}: 予約${yoyakuKensuu}件 / 定員${teiin}名`);
  return (
    <div className="capacity">
      <h3>{shisetsuMei}</h3>
      <p>予約 {yoyakuKensuu}件・参加 {sankaNinzuu}名</p>
      <p>{nokori > 0 ? `残り${nokori}名様` : '満席'}</p>
    </div>
  );
}
