import fetch from 'node-fetch';

export interface Booking {
  id: string;
  guestName: string;
  guestEmail: string;
  checkIn: string;
  nights: number;
}

export async function notifyPartnerHotel(booking: Booking, partnerUrl: string): Promise<void> {
  const body = { booking_id: booking.id, guest: { name: booking.guestName, email: booking.guestEmail }, check_in: booking.checkIn };
  await fetch(`https://partners.hotel-network.jp/${partnerUrl}/bookings`, { // expect: pii-guard/no-unprotected-pii-transmission
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });
}
