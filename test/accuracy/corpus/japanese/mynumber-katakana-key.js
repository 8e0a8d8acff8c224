import axios from 'axios';

export async function sendToPayrollVendor(employee) {
  const payload = {
    社員番号: employee.shainBangou,
    氏名: employee.shimei,
    マイナンバー: employee['マイナンバー'],
  };
  await axios.post('https://api.kyuyo-outsourcing.jp/v1/employees', payload); // expect: pii-guard/no-unprotected-pii-transmission
}
