import http from 'node:http';

interface Employee {
  employeeNo: string;
  fullName: string;
  email: string;
  department: string;
}

// Legacy directory service on the office LAN.
export function pushToDirectory(employee: Employee): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: 'directory.office.acme.local', port: 80, path: '/people', method: 'PUT' }, (res) =>
      resolve(res.statusCode ?? 0),
    );
    req.on('error', reject);
    req.end(JSON.stringify(employee)); // expect: pii-guard/no-unprotected-pii-transmission
  });
}
