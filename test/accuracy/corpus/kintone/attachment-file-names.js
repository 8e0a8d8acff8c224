// kintone customisation (契約書管理): lists attached file names and sizes for the checker.
(() => {
  'use strict';

  kintone.events.on('app.record.detail.show', (event) => {
    const files = event.record.添付ファイル.value;
    files.forEach((f) => {
      console.log('添付', f.name, f.contentType, `${Math.round(Number(f.size) / 1024)}KB`, f.fileKey);
    });
    const ファイル名一覧 = files.map((f) => f.name).join(', ');
    console.info(`ファイル名: ${ファイル名一覧} (${files.length}件)`);
    return event;
  });
})();
