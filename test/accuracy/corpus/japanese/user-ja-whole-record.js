import bunyan from 'bunyan';

const log = bunyan.createLogger({ name: 'ec-site' });

export function onKaiinTouroku(kaiin) {
  log.info({ kaiin }, '会員登録完了'); // expect: pii-guard/no-pii-in-logs
}

export function onTaikai(kaiinBangou) {
  log.info({ kaiinBangou }, '退会処理完了');
}
