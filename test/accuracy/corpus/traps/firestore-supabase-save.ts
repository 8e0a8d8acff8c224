import { getFirestore, doc, setDoc, serverTimestamp } from 'firebase/firestore';
import { createClient } from '@supabase/supabase-js';

const db = getFirestore();
const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!);

export async function saveProfile(uid: string, profile: { displayName: string; email: string; phone: string }) {
  await setDoc(doc(db, 'profiles', uid), { ...profile, updatedAt: serverTimestamp() }, { merge: true });
  const { error } = await supabase.from('profiles').upsert({ id: uid, display_name: profile.displayName, email: profile.email });
  if (error) throw new Error(`profile upsert failed: ${error.code}`);
}
