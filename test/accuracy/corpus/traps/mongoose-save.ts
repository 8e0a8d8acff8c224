import mongoose from 'mongoose';

const memberSchema = new mongoose.Schema({
  name: String,
  email: { type: String, index: true },
  phone: String,
  address: { line1: String, city: String, postalCode: String },
});
const Member = mongoose.model('Member', memberSchema);

export async function register(input: { name: string; email: string; phone: string }): Promise<string> {
  const member = new Member(input);
  await member.save();
  await Member.findOneAndUpdate({ _id: member._id }, { $set: { phone: input.phone } });
  return member.id;
}
