import { sendSms } from './sms.js';

export interface Reminder {
  appointmentId: string;
  patientPhone: string;
  startsAt: Date;
}

export async function sendReminder(reminder: Reminder): Promise<boolean> {
  try {
    await sendSms(reminder.patientPhone, `明日 ${reminder.startsAt.getHours()}時のご予約をお忘れなく`);
    return true;
  } catch (err) {
    console.error(`SMS to ${reminder.patientPhone} failed for appointment ${reminder.appointmentId}`, err); // expect: pii-guard/no-pii-in-logs
    return false;
  }
}
