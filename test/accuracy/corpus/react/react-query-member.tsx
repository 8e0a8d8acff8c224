import { useQuery } from '@tanstack/react-query';

interface MemberProfile {
  id: string;
  fullName: string;
  email: string;
}

async function fetchMember(memberId: string): Promise<MemberProfile> {
  const res = await fetch(`/api/members/${memberId}`, { credentials: 'include' });
  if (!res.ok) throw new Error(`member request failed with ${res.status}`);
  return res.json() as Promise<MemberProfile>;
}

export function MemberHeader({ memberId }: { memberId: string }) {
  const { data, isLoading, error } = useQuery({
    queryKey: ['member', memberId],
    queryFn: () => fetchMember(memberId),
    staleTime: 60_000,
  });

  if (isLoading) return <div className="skeleton" />;
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <header>
      <strong>{data?.fullName}</strong> <small>{data?.email}</small>
    </header>
  );
}
