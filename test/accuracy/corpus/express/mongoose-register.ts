import express from 'express';
import mongoose, { Schema } from 'mongoose';

const UserSchema = new Schema({
  fullName: { type: String, required: true },
  email: { type: String, required: true, unique: true, lowercase: true },
  phone: String,
  birthDate: Date,
  address: { postalCode: String, prefecture: String, line1: String },
});

const User = mongoose.model('User', UserSchema);
const router = express.Router();

router.post('/users', async (req, res) => {
  const { fullName, email, phone, birthDate, address } = req.body;
  const user = await User.create({ fullName, email, phone, birthDate, address });

  const copy = new User({ fullName, email });
  await copy.validate();

  await User.updateOne({ _id: user._id }, { $set: { phone } });
  res.status(201).json({ id: user._id.toString() });
});

export default router;
