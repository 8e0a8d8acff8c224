export interface Order {
  id: string;
  total: number;
  status: 'pending' | 'shipped' | 'delivered';
}

export async function listOrders(userId: string, page = 1): Promise<Order[]> {
  const res = await fetch(`/api/users/${userId}/orders?page=${page}&pageSize=20`, { credentials: 'include' });
  if (!res.ok) throw new Error(`orders request failed (${res.status})`);
  return (await res.json()) as Order[];
}

export async function cancelOrder(orderId: string): Promise<void> {
  await fetch(`/api/orders/${orderId}/cancel`, { method: 'POST', credentials: 'include' });
}
