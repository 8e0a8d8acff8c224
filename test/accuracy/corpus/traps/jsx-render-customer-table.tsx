interface Customer {
  id: string;
  fullName: string;
  email: string;
  phone: string;
  address: string;
  birthDate: string;
}

export function CustomerTable({ customers }: { customers: Customer[] }) {
  return (
    <table>
      <thead>
        <tr><th>氏名</th><th>メール</th><th>電話</th><th>住所</th><th>生年月日</th></tr>
      </thead>
      <tbody>
        {customers.map((c) => (
          <tr key={c.id}>
            <td>{c.fullName}</td>
            <td><a href={`mailto:${c.email}`}>{c.email}</a></td>
            <td>{c.phone}</td>
            <td title={c.address}>{c.address}</td>
            <td>{new Date(c.birthDate).toLocaleDateString('ja-JP')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
