export async function downloadChart(canvas: HTMLCanvasElement, fileName = 'chart.png'): Promise<void> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) return;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

export function downloadSummaryCsv(rows: Array<{ month: string; signups: number; churned: number }>): void {
  const csv = ['month,signups,churned', ...rows.map((r) => `${r.month},${r.signups},${r.churned}`)].join('\n');
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  window.open(url);
}
