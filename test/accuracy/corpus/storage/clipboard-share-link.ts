export async function copyShareLink(documentId: string, permission: 'view' | 'edit'): Promise<void> {
  const url = new URL(`/d/${documentId}`, location.origin);
  url.searchParams.set('mode', permission);
  await navigator.clipboard.writeText(url.toString());
  const toast = document.getElementById('toast');
  if (toast) toast.textContent = 'リンクをコピーしました';
}
