// Apps Script: form trigger that logs where it failed (row and error), never the answers.
function onFormSubmit(e) {
  const row = e.range.getRow();
  try {
    const v = e.namedValues;
    if (!v['メールアドレス'] || !v['メールアドレス'][0]) throw new Error('メールアドレスが未入力です');
    e.range.offset(0, e.range.getNumColumns(), 1, 1).setValue('受付済');
    console.log(JSON.stringify({ event: 'form_submit', row, answered: Object.keys(v).length }));
  } catch (err) {
    console.error(JSON.stringify({ event: 'form_submit_failed', row, error: err.message }));
    e.range.offset(0, e.range.getNumColumns(), 1, 1).setValue('エラー');
  }
}
