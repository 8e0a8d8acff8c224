const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

const Patient = sequelize.define('Patient', {
  fullName: { type: DataTypes.STRING, allowNull: false },
  birthDate: DataTypes.DATEONLY,
  diagnosis: DataTypes.TEXT,
  phone: DataTypes.STRING,
});

async function admit(input) {
  const patient = await Patient.create(input);
  await patient.update({ diagnosis: input.diagnosis });
  console.log(`patient ${patient.id} admitted`);
  return patient.id;
}

module.exports = { admit };
