const request = indexedDB.open('clinic-offline', 3);

request.onupgradeneeded = () => {
  const db = request.result;
  if (!db.objectStoreNames.contains('visits')) {
    db.createObjectStore('visits', { keyPath: 'visitId' });
  }
};

export function saveVisitOffline(visit) {
  const db = request.result;
  const tx = db.transaction('visits', 'readwrite');
  tx.objectStore('visits').put({ // expect: pii-guard/no-unprotected-pii-export
    visitId: visit.id,
    patientName: visit.patient.fullName,
    diagnosis: visit.diagnosis,
    prescription: visit.prescription,
    savedAt: Date.now(),
  });
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}
