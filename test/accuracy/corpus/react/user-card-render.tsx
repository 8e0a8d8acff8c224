import type { FC } from 'react';

export interface User {
  id: string;
  fullName: string;
  email: string;
  phone?: string;
  avatarUrl?: string;
}

export const UserCard: FC<{ user: User; compact?: boolean }> = ({ user, compact = false }) => (
  <div className={compact ? 'user-card user-card--compact' : 'user-card'} data-user-id={user.id}>
    {user.avatarUrl && <img src={user.avatarUrl} alt="" className="avatar" />}
    <h3 className="user-card__name">{user.fullName}</h3>
    <a href={`mailto:${user.email}`}>{user.email}</a>
    {user.phone && <a href={`tel:${user.phone}`}>{user.phone}</a>}
  </div>
);

UserCard.displayName = 'UserCard';
