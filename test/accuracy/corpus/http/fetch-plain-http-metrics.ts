const ES_URL = 'http://localhost:9200';

export async function clusterHealth(): Promise<'green' | 'yellow' | 'red'> {
  const res = await fetch(`${ES_URL}/_cluster/health`);
  const body = (await res.json()) as { status: 'green' | 'yellow' | 'red'; number_of_nodes: number };
  console.log(`elasticsearch: ${body.status}, ${body.number_of_nodes} nodes`);
  return body.status;
}

export async function pushMetric(name: string, value: number): Promise<void> {
  await fetch('http://localhost:8125/metrics', { method: 'POST', body: `${name}:${value}|g` });
}
