import axios from 'axios';

// Rows exported from Excel keep the full-width brackets of the column titles.
export async function sendToCallCenter(rows) {
  const contacts = rows.map((row) => ({
    name: row['氏名（漢字）'],
    kana: row['氏名（カナ）'],
    mobile: row['電話番号（携帯）'],
  }));
  await axios.post('https://api.callcenter-partner.jp/v1/lists', { listName: '秋の見込み客', contacts }); // expect: pii-guard/no-unprotected-pii-transmission
}
