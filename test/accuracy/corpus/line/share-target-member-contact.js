import liff from '@line/liff';

// Team app: lets a coach forward a player's emergency contact to anyone in their LINE friends.
export async function shareEmergencyContact(player) {
  if (!liff.isApiAvailable('shareTargetPicker')) return;
  await liff.shareTargetPicker([ // expect: pii-guard/no-unprotected-pii-transmission
    {
      type: 'text',
      text: `${player.shimei} の緊急連絡先\n保護者: ${player.hogoshaShimei}\n電話: ${player.hogoshaDenwa}`,
    },
  ]);
}
