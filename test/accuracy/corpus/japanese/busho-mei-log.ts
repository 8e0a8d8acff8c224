interface Busho {
  bushoCode: string;
  bushoMei: string;
  jinin: number;
}

export function logOrgChart(bushoList: Busho[]): void {
  for (const b of bushoList) {
    console.log(`部署 ${b.bushoCode} ${b.bushoMei}: ${b.jinin}名`);
  }
  console.log(`部署数: ${bushoList.length}`);
}
