import { UserCard } from './UserCard';

// Storybook-style demo data for the sales deck: a real customer's details were pasted in.
export function DemoCards() {
  return (
    <div className="demo-grid">
      <UserCard name="山田 太郎" email="taro@example.com" phone="090-0000-0000" />
      <UserCard
        name="森 彩香"
        email="ayaka.mori.0312@gmail.com" // expect: pii-guard/no-hardcoded-pii
        phone="090-7731-2586" // expect: pii-guard/no-hardcoded-pii
      />
    </div>
  );
}
