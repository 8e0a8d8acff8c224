/**
 * 顧客台帳(大阪支店向け)。支店の基幹システムが取り込む TSV を出力する。
 * 列名は支店側の取込仕様に合わせ、日本語の列名のまま扱う。
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { pool } from '../db.js';
import { log } from '../log.js';

interface LedgerRow {
  顧客番号: string;
  顧客名: string;
  フリガナ: string | null;
  電話番号: string | null;
  郵便番号: string | null;
  住所: string | null;
}

const LEDGER_SQL = `
  SELECT c.id            AS "顧客番号",
         c.full_name     AS "顧客名",
         c.full_name_kana AS "フリガナ",
         c.phone         AS "電話番号",
         c.postal_code   AS "郵便番号",
         c.address       AS "住所"
    FROM customers c
   WHERE c.branch_code = 'OSA' AND c.deleted_at IS NULL
   ORDER BY c.id`;

const HEADER = ['顧客番号', '顧客名', 'フリガナ', '電話番号', '郵便番号', '住所'].join('\t');

/** 全角数字・ハイフンの揺れを揃える。桁数が合わなければ null。 */
function normalizePhone(raw: string | null): string | null {
  if (!raw) return null;
  const digits = raw
    .replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\D/g, '');
  return /^0\d{9,10}$/.test(digits) ? digits : null;
}

/** タブ・改行が混ざると支店側の取込が列ずれを起こすため空白に置き換える。 */
function cell(value: string | null): string {
  return (value ?? '').replace(/[\t\r\n]+/g, ' ');
}

export async function exportLedgerJa(outDir: string): Promise<{ file: string; rows: number }> {
  const { rows } = await pool.query<LedgerRow>(LEDGER_SQL);
  const file = path.join(outDir, `kokyaku-daicho-${new Date().toISOString().slice(0, 10)}.tsv`);
  const out = createWriteStream(file, { encoding: 'utf8', mode: 0o600 });
  out.write(HEADER + '\n');

  let written = 0;
  for (const row of rows) {
    const kokyakuMei = cell(row.顧客名.trim());
    const denwaBangou = normalizePhone(row.電話番号);
    if (!denwaBangou) {
      log.warn(`電話番号の形式が不正です: 顧客番号=${row.顧客番号} 顧客名=${row.顧客名} 電話番号=${row.電話番号}`); // expect: pii-guard/no-pii-in-logs
      continue;
    }
    out.write([cell(row.顧客番号), kokyakuMei, cell(row.フリガナ), denwaBangou, cell(row.郵便番号), cell(row.住所)].join('\t') + '\n'); // expect: pii-guard/no-unprotected-pii-export
    written++;
  }

  out.end();
  await once(out, 'finish');
  log.info(`顧客台帳を出力しました: ${written}件 (電話番号不正でスキップ ${rows.length - written}件)`);
  return { file, rows: written };
}
