interface Employee {
  employeeNo: string;
  fullName: string;
  email: string;
  myNumber: string;
}

export function downloadEmployees(employees: Employee[]): void {
  const json = JSON.stringify(employees, null, 2);
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' })); // expect: pii-guard/no-unprotected-pii-export
  const a = Object.assign(document.createElement('a'), { href: url, download: 'employees.json' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
