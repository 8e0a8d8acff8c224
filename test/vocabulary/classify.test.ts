import { describe, expect, it } from 'vitest';
import { createVocabulary, findTermConflicts } from '../../rules/src/vocabulary/classify.js';
import { DATA_KINDS } from '../../rules/src/vocabulary/kinds.js';
import { REQUIREMENTS } from '../../rules/src/requirements/catalog.js';
import * as TermTables from '../../rules/src/vocabulary/terms.js';
import { CONTEXT_GROUPS, TERMS, type TermSpec } from '../../rules/src/vocabulary/terms.js';
import { TIERS, type Confidence, type NameContext, type Script } from '../../rules/src/vocabulary/types.js';

const v = createVocabulary();

type Ctx = Partial<NameContext>;
/** [name, expected kind or null, expected confidence (checked when given), context] */
type Row = [name: string, kind: string | null, confidence?: Confidence, ctx?: Ctx];

function classify(name: string, ctx: Ctx = {}) {
  return v.classifyName(name, { role: 'identifier', ...ctx });
}

function check([name, kind, confidence, ctx]: Row): void {
  const m = classify(name, ctx);
  expect(m?.kind ?? null).toBe(kind);
  if (confidence !== undefined) expect(m?.confidence).toBe(confidence);
}

const user: Ctx = { role: 'property', receiver: ['user'] };

describe('data tables', () => {
  it('have no conflicting duplicates', () => {
    expect(findTermConflicts()).toEqual([]);
  });

  it('every kind of digest §6.2 plus personalRecord is defined, and nothing else', () => {
    expect(Object.keys(DATA_KINDS).sort()).toEqual(
      [
        'myNumber', 'passportNumber', 'driverLicenseNumber', 'pensionNumber', 'healthInsuranceNumber',
        'residenceCardNumber', 'residentRecordCode', 'health', 'criminalRecord', 'crimeVictim', 'raceEthnicity',
        'creed', 'socialStatus', 'laborUnion', 'honseki', 'sexualOrientation', 'biometric', 'creditCardNumber',
        'cardSecurityCode', 'cardExpiry', 'bankAccount', 'paymentCredential', 'fullName', 'nameKana', 'email',
        'phone', 'address', 'postalCode', 'birthDate', 'age', 'gender', 'nationality', 'employment', 'facePhoto',
        'customerId', 'loginId', 'ipAddress', 'deviceId', 'cookieId', 'location', 'credential', 'personalRecord',
      ].sort(),
    );
  });

  it.each(Object.entries(DATA_KINDS))('kind %s is well-formed', (key, k) => {
    expect(k.id).toBe(key);
    expect(TIERS).toContain(k.tier);
    expect(k.label.en.length).toBeGreaterThan(0);
    expect(k.label.ja.length).toBeGreaterThan(0);
    expect(k.reportableFromOne).toBe(
      k.leakTriggers.some((t) => t === 'APPI-R7-1' || t === 'MYN-BREACH') ||
        (k.leakTriggers.includes('APPI-R7-2') && k.id !== 'bankAccount'),
    );
  });

  it('leak triggers and requirement IDs follow the digest', () => {
    for (const id of ['health', 'criminalRecord', 'crimeVictim', 'raceEthnicity', 'creed', 'socialStatus']) {
      expect(DATA_KINDS[id]?.leakTriggers).toEqual(['APPI-R7-1']);
      expect(DATA_KINDS[id]?.financeSensitive).toBe(true);
    }
    for (const id of ['creditCardNumber', 'cardSecurityCode', 'paymentCredential']) {
      expect(DATA_KINDS[id]?.leakTriggers).toEqual(['APPI-R7-2']);
    }
    expect(DATA_KINDS.myNumber?.leakTriggers).toEqual(['MYN-BREACH']);
    expect(DATA_KINDS.myNumber?.subTier).toBe('my-number');
    expect(DATA_KINDS.cardExpiry?.leakTriggers).toEqual([]);
    expect(DATA_KINDS.laborUnion?.leakTriggers).toEqual([]);
    expect(DATA_KINDS.sexualOrientation?.leakTriggers).toEqual([]);
    for (const id of ['health', 'raceEthnicity', 'creed', 'laborUnion', 'sexualOrientation', 'biometric']) {
      expect(DATA_KINDS[id]?.requirements).toContain('GDPR-9-1');
    }
    expect(DATA_KINDS.creditCardNumber?.requirements).toEqual(['PCI4-3.4.1', 'PCI4-3.5.1', 'PCI4-4.2.1']);
    expect(DATA_KINDS.cardSecurityCode?.requirements).toEqual(['PCI4-3.3.1']);
    expect(DATA_KINDS.deviceId?.requirements).toEqual(['APPI-REL', 'TEL-27-12']);
    expect(DATA_KINDS.cookieId?.requirements).toEqual(['APPI-REL', 'TEL-27-12', 'CWE-539']);
    expect(DATA_KINDS.personalRecord?.tier).toBe('direct-identifier');
    expect(DATA_KINDS.personalRecord?.label).toEqual({ en: 'personal record (whole object)', ja: '個人情報を含むレコード全体' });
    expect(DATA_KINDS.honseki?.financeSensitive).toBe(true);
    expect(DATA_KINDS.email?.financeSensitive).toBeUndefined();
  });

  it('every requirement ID a kind cites exists in the requirement catalog', () => {
    for (const k of Object.values(DATA_KINDS)) {
      for (const id of [...k.leakTriggers, ...k.requirements]) expect(REQUIREMENTS[id], `${k.id} → ${id}`).toBeDefined();
    }
  });

  it('word lists hold no duplicates', () => {
    for (const [name, value] of Object.entries(TermTables)) {
      const lists = Array.isArray(value) ? [value] : typeof value === 'object' && value !== null && name !== 'TERMS' && name !== 'EXACT_NAMES' ? Object.values(value) : [];
      for (const list of lists) {
        const words = (list as unknown[]).filter((w): w is string => typeof w === 'string');
        const dupes = words.filter((w, i) => words.indexOf(w) !== i);
        expect(dupes, name).toEqual([]);
      }
    }
  });

  it('every term table names a known kind, and every kind but personalRecord has terms', () => {
    for (const kind of Object.keys(TERMS)) expect(DATA_KINDS[kind]).toBeDefined();
    for (const kind of Object.keys(DATA_KINDS)) {
      if (kind !== 'personalRecord') expect(TERMS[kind]).toBeDefined();
    }
  });
});

/** Every term of the tables, alone, in a context that satisfies its needs, is its kind. */
describe('every listed term classifies as its kind', () => {
  const rows: Array<[string, string, Script, string, Ctx]> = [];
  for (const [kind, tables] of Object.entries(TERMS)) {
    for (const script of ['en', 'romaji', 'ja'] as const) {
      for (const s of (tables[script] ?? []) as readonly TermSpec[]) {
        const [term, o] = typeof s === 'string' ? [s, {}] : s;
        const need = o.needs?.[0];
        const ctx: Ctx =
          need === undefined
            ? {}
            : need === 'person'
              ? { role: 'property', receiver: ['user'] }
              : need === 'japanese'
                ? { japaneseContext: true }
                : { role: 'property', receiver: [CONTEXT_GROUPS[need][0] as string] };
        rows.push([term, kind, script, o.c ?? 'high', ctx]);
      }
    }
  }
  it.each(rows)('%s → %s (%s)', (term, kind, script, _c, ctx) => {
    const m = classify(term, ctx);
    expect(m?.kind).toBe(kind);
    expect(m?.script).toBe(script);
  });
});

describe('positive cases: every kind in English, romaji and Japanese script', () => {
  const rows: Row[] = [
    // myNumber
    ['kojinBangou', 'myNumber', 'high'],
    ['KOJIN_BANGO', 'myNumber', 'high'],
    ['mainanbaa', 'myNumber'],
    ['個人番号', 'myNumber', 'high'],
    ['マイナンバー', 'myNumber'],
    ['employeeMyNumber', 'myNumber', 'high'],
    ['myNumber', 'myNumber', 'high', { role: 'property', receiver: ['employee'] }],
    ['my_number', 'myNumber', 'high', { role: 'property', receiver: ['user'] }],
    ['myNumber', 'myNumber', 'medium', { japaneseContext: true }],
    ['myNumber', 'myNumber', 'medium', { role: 'key', siblings: ['fullName', 'myNumber', 'birthDate'] }],
    ['individualNumber', 'myNumber', 'high'],
    // passportNumber
    ['passportNo', 'passportNumber', 'high'],
    ['passport_number', 'passportNumber'],
    ['ryokenBango', 'passportNumber'],
    ['旅券番号', 'passportNumber'],
    ['パスポート番号', 'passportNumber'],
    // driverLicenseNumber
    ['driverLicenseNumber', 'driverLicenseNumber', 'high'],
    ['drivingLicenceNo', 'driverLicenseNumber'],
    ['driver_license', 'driverLicenseNumber'],
    ['licenseNumber', 'driverLicenseNumber', 'high', { role: 'property', receiver: ['driver'] }],
    ['menkyoLicenseNumber', 'driverLicenseNumber'],
    ['untenMenkyo', 'driverLicenseNumber'],
    ['運転免許証番号', 'driverLicenseNumber'],
    ['免許証番号', 'driverLicenseNumber'],
    // pensionNumber
    ['basicPensionNumber', 'pensionNumber'],
    ['kisoNenkinBango', 'pensionNumber'],
    ['基礎年金番号', 'pensionNumber'],
    // healthInsuranceNumber
    ['insuredNumber', 'healthInsuranceNumber'],
    ['hihokenshaBangou', 'healthInsuranceNumber', 'high'],
    ['hihokensha_kigou', 'healthInsuranceNumber'],
    ['jukyuushaBangou', 'healthInsuranceNumber'],
    ['被保険者番号', 'healthInsuranceNumber'],
    ['保険証番号', 'healthInsuranceNumber'],
    ['受給者番号', 'healthInsuranceNumber'],
    ['memberNumber', 'healthInsuranceNumber', 'medium', { role: 'property', receiver: ['insurance'] }],
    ['枝番', 'healthInsuranceNumber', 'medium', { role: 'key', siblings: ['被保険者番号', '枝番'] }],
    // residenceCardNumber
    ['residenceCardNumber', 'residenceCardNumber'],
    ['zairyuCardBango', 'residenceCardNumber'],
    ['在留カード番号', 'residenceCardNumber'],
    // residentRecordCode
    ['residentRecordCode', 'residentRecordCode'],
    ['juminhyoCode', 'residentRecordCode'],
    ['住民票コード', 'residentRecordCode'],
    // health
    ['medicalHistory', 'health', 'high'],
    ['patientDiagnosis', 'health'],
    ['allergies', 'health'],
    ['health', 'health', 'high', { role: 'property', receiver: ['patient'] }],
    ['healthInfo', 'health', 'high', { role: 'property', receiver: ['patient'] }],
    ['health', 'health', 'high', { role: 'property', receiver: ['medical'] }],
    ['byoumei', 'health'],
    ['kioreki', 'health'],
    ['既往歴', 'health'],
    ['病名', 'health'],
    ['障害者手帳', 'health'],
    ['障害等級', 'health'],
    ['健康診断結果', 'health'],
    // criminalRecord
    ['criminalRecord', 'criminalRecord'],
    ['hanzai_reki', 'criminalRecord'],
    ['前科', 'criminalRecord'],
    // crimeVictim
    ['crimeVictim', 'crimeVictim'],
    ['hanzaiHigai', 'crimeVictim'],
    ['犯罪被害', 'crimeVictim'],
    // raceEthnicity
    ['ethnicity', 'raceEthnicity'],
    ['race', 'raceEthnicity', 'high', user],
    ['race', 'raceEthnicity', 'medium', { role: 'key', siblings: ['race', 'email'] }],
    ['jinshu', 'raceEthnicity'],
    ['人種', 'raceEthnicity'],
    // creed
    ['religion', 'creed'],
    ['politicalParty', 'creed'],
    ['shuukyou', 'creed'],
    ['信条', 'creed'],
    ['支持政党', 'creed'],
    // socialStatus
    ['socialStatus', 'socialStatus'],
    ['monchi', 'socialStatus'],
    ['社会的身分', 'socialStatus'],
    // laborUnion
    ['unionMembership', 'laborUnion'],
    ['roudou_kumiai', 'laborUnion'],
    ['労働組合', 'laborUnion'],
    // honseki
    ['registeredDomicile', 'honseki'],
    ['honseki', 'honseki'],
    ['本籍地', 'honseki'],
    // sexualOrientation
    ['sexualOrientation', 'sexualOrientation'],
    ['seitekiShiko', 'sexualOrientation'],
    ['性的指向', 'sexualOrientation'],
    // biometric
    ['faceEmbedding', 'biometric'],
    ['fingerprint', 'biometric', 'medium', user],
    ['shimon', 'biometric'],
    ['指紋', 'biometric'],
    ['顔認証データ', 'biometric'],
    // creditCardNumber
    ['cardNumber', 'creditCardNumber', 'high'],
    ['creditCardNo', 'creditCardNumber'],
    ['cc_number', 'creditCardNumber'],
    ['pan', 'creditCardNumber', 'high', { role: 'property', receiver: ['card'] }],
    ['pan', 'creditCardNumber', 'high', { role: 'property', receiver: ['payment', 'creditCard'] }],
    ['pan', 'creditCardNumber', 'medium', { role: 'key', siblings: ['pan', 'cvv', 'expiry'] }],
    ['kaadoBangou', 'creditCardNumber'],
    ['クレジットカード番号', 'creditCardNumber'],
    ['カード番号', 'creditCardNumber'],
    // cardSecurityCode
    ['cvv', 'cardSecurityCode', 'high'],
    ['cvc2', 'cardSecurityCode'],
    ['cardCvv', 'cardSecurityCode'],
    ['securityCode', 'cardSecurityCode', 'medium'],
    ['sekyuritiKoodo', 'cardSecurityCode'],
    ['セキュリティコード', 'cardSecurityCode'],
    // cardExpiry
    ['cardExpiry', 'cardExpiry'],
    ['expMonth', 'cardExpiry', 'high', { role: 'property', receiver: ['card'] }],
    ['expiry', 'cardExpiry', 'high', { role: 'property', receiver: ['creditCard'] }],
    ['有効期限', 'cardExpiry', 'high', { role: 'property', receiver: ['card'] }],
    ['カード有効期限', 'cardExpiry'],
    ['yuukouKigen', 'cardExpiry', 'high', { role: 'property', receiver: ['card'] }],
    // bankAccount
    ['bankAccountNumber', 'bankAccount', 'high'],
    ['iban', 'bankAccount'],
    ['accountNumber', 'bankAccount', 'high', { role: 'property', receiver: ['bank'] }],
    ['bankAccountNo', 'bankAccount'],
    ['accountNumber', 'bankAccount', 'medium', { role: 'key', siblings: ['bankName', 'branchCode', 'accountNumber'] }],
    ['kouzaBangou', 'bankAccount'],
    ['koza_bango', 'bankAccount'],
    ['口座番号', 'bankAccount'],
    ['振込先口座', 'bankAccount'],
    // paymentCredential
    ['atmPin', 'paymentCredential'],
    ['pin', 'paymentCredential', 'high', { role: 'property', receiver: ['card'] }],
    ['anshouBangou', 'paymentCredential'],
    ['暗証番号', 'paymentCredential'],
    // fullName
    ['firstName', 'fullName', 'high'],
    ['last_name', 'fullName'],
    ['customerName', 'fullName', 'high'],
    ['name', 'fullName', 'high', user],
    ['name', 'fullName', 'high', { role: 'property', receiver: ['req', 'body', 'customer'] }],
    ['name', 'fullName', 'high', { role: 'property', receiver: ['users[0]'] }],
    ['name', 'fullName', 'high', { role: 'property', receiver: ['this', 'currentUser'] }],
    ['name', 'fullName', 'high', { role: 'property', receiver: ['user', 'dataValues'] }],
    ['displayName', 'fullName', 'high', user],
    ['displayName', 'fullName', 'high', { role: 'property', receiver: ['auth', 'currentUser'] }],
    ['shimei', 'fullName', 'high'],
    ['namae', 'fullName'],
    ['kokyakuMei', 'fullName', 'high'],
    ['mei', 'fullName', 'low'],
    ['sei', 'fullName', 'low'],
    ['氏名', 'fullName', 'high'],
    ['お名前', 'fullName'],
    ['お客様名', 'fullName', 'high'],
    ['契約者名', 'fullName', 'high'],
    ['保護者氏名', 'fullName', 'high'],
    ['担当者名', 'fullName', 'high'],
    ['会員名', 'fullName', 'high'],
    ['姓', 'fullName', 'medium'],
    ['名', 'fullName', 'high', { role: 'property', receiver: ['顧客'] }],
    // nameKana
    ['nameKana', 'nameKana'],
    ['lastNameKana', 'nameKana'],
    ['furigana', 'nameKana'],
    ['hurigana', 'nameKana'],
    ['フリガナ', 'nameKana'],
    ['氏名カナ', 'nameKana'],
    ['顧客名カナ', 'nameKana'],
    ['セイ', 'nameKana', 'low'],
    // email
    ['email', 'email', 'high'],
    ['userEmailAddress', 'email', 'high'],
    ['mailAddress', 'email'],
    ['e_mail', 'email'],
    ['EMAIL', 'email'],
    ['emails', 'email'],
    ['mail', 'email', 'medium'],
    ['mail', 'email', 'high', user],
    ['meeruAdoresu', 'email'],
    ['メールアドレス', 'email', 'high'],
    ['Ｅメール', 'email'],
    ['ﾒｰﾙｱﾄﾞﾚｽ', 'email'],
    ['顧客メール', 'email', 'high'],
    // phone
    ['phone', 'phone', 'high'],
    ['customerPhoneNumber', 'phone', 'high'],
    ['phone_number', 'phone'],
    ['phoneNumbers', 'phone'],
    ['tel', 'phone', 'medium'],
    ['tel', 'phone', 'high', user],
    ['mobile', 'phone', 'high', user],
    ['userMobile', 'phone', 'high'],
    ['denwaBangou', 'phone', 'high'],
    ['DENWA_BANGO', 'phone'],
    ['keitai_bangou', 'phone'],
    ['電話番号', 'phone', 'high'],
    ['携帯番号', 'phone'],
    ['ＦＡＸ番号', 'phone'],
    // address
    ['address', 'address', 'high', user],
    ['address', 'address', 'high', { role: 'property', receiver: ['req', 'body', 'customer'] }],
    ['userAddress', 'address', 'high'],
    ['shippingAddress', 'address'],
    ['addressLine1', 'address'],
    ['address', 'address', 'medium', { role: 'key', siblings: ['name', 'address', 'phone'] }],
    ['jusho', 'address'],
    ['juusho', 'address'],
    ['jyusho', 'address'],
    ['住所', 'address', 'high'],
    ['お届け先住所', 'address'],
    // postalCode
    ['zipCode', 'postalCode', 'high'],
    ['postal_code', 'postalCode'],
    ['zip', 'postalCode', 'high', { role: 'property', receiver: ['user', 'address'] }],
    ['zip', 'postalCode', 'high', user],
    ['yuubinBangou', 'postalCode'],
    ['yubin_bango', 'postalCode'],
    ['郵便番号', 'postalCode'],
    ['〒', 'postalCode'],
    // birthDate
    ['birthDate', 'birthDate'],
    ['dateOfBirth', 'birthDate'],
    ['dob', 'birthDate', 'high'],
    ['DOB', 'birthDate'],
    ['seinengappi', 'birthDate'],
    ['tanjobi', 'birthDate'],
    ['生年月日', 'birthDate'],
    ['誕生日', 'birthDate'],
    // age
    ['age', 'age', 'medium'],
    ['age', 'age', 'high', user],
    ['userAge', 'age', 'high'],
    ['nenrei', 'age', 'high'],
    ['年齢', 'age'],
    // gender
    ['gender', 'gender', 'high'],
    ['sex', 'gender', 'high', user],
    ['seibetsu', 'gender'],
    ['性別', 'gender'],
    // nationality
    ['nationality', 'nationality'],
    ['kokuseki', 'nationality'],
    ['国籍', 'nationality'],
    // employment
    ['employer', 'employment'],
    ['annualIncome', 'employment'],
    ['nenshuu', 'employment'],
    ['kinmusaki', 'employment'],
    ['勤務先', 'employment'],
    ['勤務先名', 'employment'],
    ['年収', 'employment'],
    // facePhoto
    ['facePhoto', 'facePhoto'],
    ['profileImage', 'facePhoto', 'high', user],
    ['userProfileImage', 'facePhoto'],
    ['kaoShashin', 'facePhoto'],
    ['顔写真', 'facePhoto'],
    ['本人確認書類画像', 'facePhoto'],
    // customerId
    ['userId', 'customerId', 'medium'],
    ['customer_id', 'customerId', 'medium'],
    ['id', 'customerId', 'low', user],
    ['kaiinBangou', 'customerId'],
    ['会員番号', 'customerId'],
    ['顧客ID', 'customerId', 'medium'],
    // loginId
    ['username', 'loginId', 'high'],
    ['userName', 'loginId'],
    ['loginId', 'loginId'],
    ['username', 'loginId', 'high', user],
    ['roguinId', 'loginId'],
    ['ログインID', 'loginId'],
    ['ユーザー名', 'loginId'],
    // ipAddress
    ['ipAddress', 'ipAddress', 'high'],
    ['clientIp', 'ipAddress'],
    ['ip', 'ipAddress', 'high', { role: 'property', receiver: ['req'] }],
    ['remoteAddress', 'ipAddress', 'medium', { role: 'property', receiver: ['req', 'socket'] }],
    ['x-forwarded-for', 'ipAddress'],
    ['IPアドレス', 'ipAddress'],
    // deviceId
    ['deviceId', 'deviceId'],
    ['macAddress', 'deviceId'],
    ['idfa', 'deviceId'],
    ['tanmatsuId', 'deviceId'],
    ['端末ID', 'deviceId'],
    ['広告ID', 'deviceId'],
    // cookieId
    ['cookieId', 'cookieId'],
    ['anonymousId', 'cookieId'],
    ['_ga', 'cookieId'],
    ['クッキーID', 'cookieId'],
    // location
    ['geolocation', 'location'],
    ['latitude', 'location', 'medium'],
    ['lat', 'location', 'medium', user],
    ['location', 'location', 'medium', user],
    ['ichiJouhou', 'location'],
    ['位置情報', 'location'],
    // credential
    ['password', 'credential', 'high'],
    ['apiKey', 'credential'],
    ['API_KEY', 'credential'],
    ['secretKey', 'credential'],
    ['accessToken', 'credential'],
    ['refresh_token', 'credential'],
    ['privateKey', 'credential'],
    ['clientSecret', 'credential'],
    ['sessionId', 'credential'],
    ['passwd', 'credential'],
    ['dbPassword', 'credential', 'high'],
    ['password', 'credential', 'high', { role: 'property', receiver: ['config', 'db'] }],
    ['newPassword', 'credential'],
    ['confirmPassword', 'credential'],
    ['passwordConfirmation', 'credential'],
    ['authorization', 'credential', 'high', { role: 'property', receiver: ['req', 'headers'] }],
    ['pin', 'credential', 'high', user],
    ['pin', 'credential', 'high', { role: 'property', receiver: ['auth'] }],
    ['secret', 'credential', 'medium'],
    ['pasuwaado', 'credential'],
    ['パスワード', 'credential'],
    ['秘密鍵', 'credential'],
    ['APIキー', 'credential'],
    ['resetPasswordToken', 'credential'],
    ['emailVerificationToken', 'credential'],
    ['DB_PASS', 'credential'],
    ['smtpPass', 'credential'],
    ['cardDetails', 'creditCardNumber', 'medium'],
    ['bankDetails', 'bankAccount', 'medium'],
    ['email', 'email', 'high', { role: 'property', receiver: ['idToken'] }],
  ];
  it.each(rows)('%s → %s', (...row) => check(row));
});

describe('false-positive traps stay null (digest §6.3 and the brief)', () => {
  const rows: Row[] = [
    // `name` of non-persons
    ['name', null, undefined, { role: 'property', receiver: ['file'] }],
    ['fileName', null],
    ['file_name', null],
    ['className', null],
    ['tagName', null],
    ['nodeName', null],
    ['eventName', null],
    ['name', null, undefined, { role: 'property', receiver: ['fn'] }],
    ['name', null, undefined, { role: 'property', receiver: ['err'] }],
    ['name', null, undefined, { role: 'property', receiver: ['pkg'] }],
    ['npm_package_name', null],
    ['hostname', null],
    ['hostName', null],
    ['pathname', null],
    ['dirname', null],
    ['bucketName', null],
    ['fontName', null],
    ['productName', null],
    ['storeName', null],
    ['companyName', null],
    ['name', null, undefined, { role: 'property', receiver: ['event', 'target'] }],
    ['name', null, undefined, { role: 'property', receiver: ['component'] }],
    ['name', null],
    ['name', null, undefined, { role: 'property', receiver: ['this'] }],
    ['name', null, undefined, { role: 'property', receiver: ['req', 'body'] }],
    ['userFileName', null],
    ['name', null, undefined, { role: 'property', receiver: ['User'] }],
    ['customerCompanyName', null],
    ['name', null, undefined, { role: 'key', siblings: ['name', 'size', 'type'] }],
    // displayName on components
    ['displayName', null, undefined, { role: 'property', receiver: ['Foo'] }],
    ['displayName', null, undefined, { role: 'property', receiver: ['MyComponent'] }],
    ['displayName', null],
    // addresses that are not postal
    ['address', null],
    ['address', null, undefined, { role: 'method', receiver: ['server'] }],
    ['address', null, undefined, { role: 'property', receiver: ['wallet'] }],
    ['address', null, undefined, { role: 'property', receiver: ['account'] }],
    ['walletAddress', null],
    ['contractAddress', null],
    ['serverAddress', null],
    ['bindAddress', null],
    ['listenAddress', null],
    ['baseAddress', null],
    ['memoryAddress', null],
    ['addr', null, undefined, { role: 'property', receiver: ['memory'] }],
    ['userServerAddress', null],
    // substrings
    ['telemetry', null],
    ['telnet', null],
    ['telegramId', null],
    ['hotel', null],
    ['maxAge', null],
    ['cacheMaxAge', null],
    ['maxAge', null, undefined, { role: 'property', receiver: ['cookie'] }],
    ['cacheAge', null],
    ['ageMs', null],
    ['message', null],
    ['page', null],
    ['image', null],
    ['storage', null],
    ['usage', null],
    ['panel', null],
    ['pane', null],
    ['span', null],
    ['panX', null],
    ['pan', null],
    ['company', null],
    ['expand', null],
    ['spinner', null],
    ['ping', null],
    ['pinned', null],
    ['mapping', null],
    ['pin', null],
    ['pinCode', null],
    ['JSZip', null],
    ['gzip', null],
    ['zip', null],
    ['zip', null, undefined, { role: 'identifier' }],
    ['zipFile', null],
    ['adobe', null],
    ['dobby', null],
    ['iPhone', null],
    ['smartPhone', null],
    ['phonegap', null],
    ['headphone', null],
    // race / health / diagnostics / union
    ['race', null, undefined, { role: 'method', receiver: ['Promise'] }],
    ['race', null],
    ['raceCondition', null],
    ['healthCheck', null],
    ['healthz', null],
    ['health', null],
    ['health', null, undefined, { role: 'property', receiver: ['server'] }],
    ['health', null, undefined, { role: 'property', receiver: ['player'] }],
    ['diagnostic', null],
    ['diagnostics', null],
    ['union', null],
    ['sex', null],
    // credentials: lone key/token, cursors, CSRF
    ['key', null],
    ['token', null],
    ['nextToken', null],
    ['pageToken', null],
    ['nextPageToken', null],
    ['tokenType', null],
    ['csrfToken', null],
    ['xsrfToken', null],
    ['primaryKey', null],
    ['sortKey', null],
    ['cacheKey', null],
    ['keyCode', null],
    ['publicKey', null],
    ['isSecret', null],
    ['secretName', null],
    ['privateKeyPath', null],
    ['apiKeyName', null],
    ['clientId', null],
    // booleans, counts, field descriptions
    ['emailVerified', null],
    ['isEmailVerified', null],
    ['hasEmail', null],
    ['isEmail', null],
    ['showPassword', null],
    ['shouldShowPhone', null],
    ['canEditAddress', null, undefined, user],
    ['enablePhone', null],
    ['passwordMinLength', null],
    ['passwordLength', null],
    ['passwordStrength', null],
    ['passwordPolicy', null],
    // code that handles the data, not the data
    ['prodCredentialFunctions', null],
    ['emailFn', null],
    ['passwordResolver', null],
    ['passwordRegex', null],
    ['passwordReset', null],
    ['passwordSalt', null],
    ['phoneCount', null],
    ['numPhones', null],
    ['totalUsers', null],
    ['avgAge', null],
    ['emailFormat', null],
    ['phoneNumberFormat', null],
    ['emailRegex', null],
    ['emailPattern', null],
    ['emailLabel', null],
    ['emailPlaceholder', null],
    ['emailField', null],
    ['emailTemplate', null],
    ['emailType', null],
    ['emailColumn', null],
    ['emailKey', null],
    ['emailError', null],
    ['emailRequired', null],
    ['emailValid', null],
    ['emailEnabled', null],
    ['userNameLabel', null],
    ['firstNamePlaceholder', null],
    ['emailDomain', null],
    ['emailSubject', null],
    ['emailBody', null],
    // functions and config, not data
    ['sendMail', null],
    ['sendEmail', null],
    ['mailer', null],
    ['mailServer', null],
    ['emailService', null],
    ['validateEmail', null],
    ['formatPhone', null],
    ['maskEmail', null],
    ['setEmail', null],
    ['onEmailChange', null],
    ['handlePhoneChange', null],
    ['useEmail', null],
    ['getEmail', null],
    ['calculateAge', null],
    ['forgotPassword', null],
    ['resetPassword', null],
    ['setEmail', null, undefined, { role: 'method', receiver: ['user'] }],
    // protected on the way
    ['maskedEmail', null],
    ['encryptedPhone', null],
    ['emailEncrypted', null],
    ['redactedAddress', null, undefined, user],
    ['cardLast4', null],
    ['cardNumberLast4', null],
    ['emailHmac', null],
    // English "my number" and non-bank / non-driver numbers
    ['myNumber', null],
    ['myNumbers', null],
    ['accountNumber', null],
    ['accountNumber', null, undefined, { role: 'property', receiver: ['aws'] }],
    ['awsAccountId', null],
    ['licenseNumber', null],
    ['licenseNumber', null, undefined, { role: 'property', receiver: ['software'] }],
    ['licenseKey', null],
    ['corporateNumber', null],
    ['invoiceRegistrationNumber', null],
    ['houjinBangou', null],
    // the insurer's own number
    ['hokenshaBangou', null],
    ['hokensha_bango', null],
    ['insurerNumber', null],
    ['futanshaBangou', null],
    ['保険者番号', null],
    ['公費負担者番号', null],
    ['法人番号', null],
    // fingerprints of keys
    ['keyFingerprint', null],
    ['certFingerprint', null],
    ['fingerprint', null],
    // Japanese traps
    ['店舗名', null],
    ['会社名', null],
    ['施設名', null],
    ['商品名', null],
    ['ファイル名', null],
    ['シート名', null],
    ['品名', null],
    ['型式', null],
    ['件名', null],
    ['名称', null],
    ['署名', null],
    ['支店名', null],
    ['顧客会社名', null],
    ['3名', null],
    ['会員3名', null],
    ['会員１０名', null],
    ['10件', null],
    ['5人', null],
    ['名', null],
    ['電話番号を入力してください', null],
    ['メールアドレスを入力してください', null],
    ['氏名は必須です', null],
    ['メールアドレスの形式が正しくありません', null],
    ['障害情報', null],
    ['システム障害', null],
    ['障害対応', null],
    ['障害', null],
    ['診断ツール', null],
    ['自己診断', null],
    ['電話番号欄', null],
    ['メール送信', null],
    ['メール本文', null],
    ['メールアドレス件数', null],
    ['住所表示', null],
    ['カナダ', null],
    ['メイン', null],
    ['エッセイ', null],
    ['代表電話', null],
    ['マスク済み電話番号', null],
    ['電話番号マスク', null],
  ];
  it.each(rows)('%s → %s', (...row) => check(row));
});

describe('receivers, words in the name and siblings change the result', () => {
  it('name: person receiver → fullName, thing receiver → null', () => {
    expect(classify('name', user)?.kind).toBe('fullName');
    expect(classify('name', { role: 'property', receiver: ['customer'] })?.kind).toBe('fullName');
    expect(classify('name', { role: 'property', receiver: ['file'] })).toBeNull();
    expect(classify('name', { role: 'property', receiver: ['product'] })).toBeNull();
    expect(classify('name', {})).toBeNull();
  });

  it('address: person receiver → address, server/wallet → null, address-like receiver makes zip a postal code', () => {
    expect(classify('address', { role: 'property', receiver: ['req', 'body', 'customer'] })?.kind).toBe('address');
    expect(classify('address', { role: 'method', receiver: ['server'] })).toBeNull();
    expect(classify('zip', { role: 'property', receiver: ['shippingAddress'] })?.kind).toBe('postalCode');
    expect(classify('zip', { role: 'property', receiver: ['archive'] })).toBeNull();
  });

  it('strong terms on a thing receiver drop to medium; credentials do not', () => {
    expect(classify('email', { role: 'property', receiver: ['company'] })).toEqual({ kind: 'email', term: 'email', confidence: 'medium', script: 'en' });
    expect(classify('companyEmail')?.confidence).toBe('medium');
    expect(classify('会社電話番号')).toEqual({ kind: 'phone', term: '電話番号', confidence: 'medium', script: 'ja' });
    expect(classify('password', { role: 'property', receiver: ['server'] })?.confidence).toBe('high');
  });

  it('a transparent wrapper is skipped to find the holder', () => {
    expect(classify('name', { role: 'property', receiver: ['user', 'data'] })?.kind).toBe('fullName');
    expect(classify('name', { role: 'property', receiver: ['customer', 'attributes'] })?.kind).toBe('fullName');
    expect(classify('name', { role: 'property', receiver: ['response', 'data'] })).toBeNull();
  });

  it('a getter result is data only when called', () => {
    expect(classify('getEmail', { role: 'method', receiver: ['user'] })?.kind).toBe('email');
    expect(classify('getName', { role: 'method', receiver: ['user'] })?.kind).toBe('fullName');
    expect(classify('getEmail', { role: 'identifier' })).toBeNull();
  });

  it('siblings: strong personal keys make weak keys personal, at medium', () => {
    expect(classify('name', { role: 'key', siblings: ['name', 'email'] })).toEqual({ kind: 'fullName', term: 'name', confidence: 'medium', script: 'en' });
    expect(classify('tel', { role: 'key', siblings: ['tel', '氏名'] })?.confidence).toBe('high');
    expect(classify('name', { role: 'key', siblings: ['name', 'userId'] })).toBeNull();
    expect(classify('name', { role: 'key', siblings: ['name', 'password'] })).toBeNull();
  });

  it('myNumber: English code needs a person holder or Japanese context', () => {
    expect(classify('myNumber')).toBeNull();
    expect(classify('myNumber', { japaneseContext: true })?.kind).toBe('myNumber');
    expect(classify('myNumber', { role: 'property', receiver: ['employee'] })?.confidence).toBe('high');
    expect(classify('myNumber', { role: 'property', receiver: ['game'] })).toBeNull();
  });

  it('pin: kind follows the context (card/bank → paymentCredential, auth → credential)', () => {
    expect(classify('pin', { role: 'property', receiver: ['card'] })?.kind).toBe('paymentCredential');
    expect(classify('pin', { role: 'property', receiver: ['bankAccount'] })?.kind).toBe('paymentCredential');
    expect(classify('pin', { role: 'property', receiver: ['login'] })?.kind).toBe('credential');
    expect(classify('pinNumber')?.kind).toBe('credential');
    expect(classify('cardPinNumber')?.kind).toBe('paymentCredential');
  });

  it('a qualifying word before a person term stops the receiver vouching for it', () => {
    expect(classify('petName', user)).toBeNull();
    expect(classify('coverPhoto', user)).toBeNull();
    expect(classify('orderId', user)).toBeNull();
    expect(classify('petName', { role: 'key', siblings: ['petName', 'email'] })).toBeNull();
    expect(classify('ペット名', { role: 'property', receiver: ['顧客'] })).toBeNull();
    expect(classify('oldAddress', user)?.kind).toBe('address');
    expect(classify('primaryPhoto', user)?.kind).toBe('facePhoto');
    expect(classify('englishName', user)?.kind).toBe('fullName');
    expect(classify('名', { role: 'property', receiver: ['顧客'] })?.kind).toBe('fullName');
    expect(classify('lastLoginIp', user)?.kind).toBe('ipAddress');
  });

  it('`number` and `id` count only as the whole name', () => {
    expect(classify('orderNumber', { role: 'property', receiver: ['card'] })).toBeNull();
    expect(classify('id', user)?.kind).toBe('customerId');
    expect(classify('pageId', user)).toBeNull();
  });

  it('a term that itself names a person keeps its kind on a thing receiver', () => {
    expect(classify('userId', { role: 'property', receiver: ['req', 'session'] })?.kind).toBe('customerId');
    expect(classify('userId', { role: 'property', receiver: ['config'] })?.kind).toBe('customerId');
    expect(classify('tel', { role: 'property', receiver: ['config'] })).toBeNull();
  });

  it('card fields: `number` only on a card', () => {
    expect(classify('number', { role: 'property', receiver: ['card'] })).toEqual({ kind: 'creditCardNumber', term: 'number', confidence: 'medium', script: 'en' });
    expect(classify('number', { role: 'property', receiver: ['order'] })).toBeNull();
    expect(classify('number', { role: 'key', siblings: ['number', 'cvc', 'exp_month'] })?.kind).toBe('creditCardNumber');
    expect(classify('last4', { role: 'property', receiver: ['card'] })).toBeNull();
  });

  it('memberNumber is a health-insurance number only in insurance context', () => {
    expect(classify('memberNumber')?.kind).toBe('customerId');
    expect(classify('memberNumber', { role: 'property', receiver: ['insurance'] })?.kind).toBe('healthInsuranceNumber');
  });

  it('confidence rises on a person for weak terms', () => {
    expect(classify('tel')?.confidence).toBe('medium');
    expect(classify('tel', user)?.confidence).toBe('high');
    expect(classify('mei')?.confidence).toBe('low');
    expect(classify('kokyakuMei')?.confidence).toBe('high');
    expect(classify('age', { role: 'key', siblings: ['age', 'email'] })?.confidence).toBe('high');
    expect(classify('mei', { role: 'key', siblings: ['mei', 'email'] })?.confidence).toBe('medium');
  });

  it('field descriptors (labels, validation state, schemas) hold no values', () => {
    expect(classify('email', { role: 'property', receiver: ['LABELS'] })).toBeNull();
    expect(classify('password', { role: 'property', receiver: ['i18n', 'ja'] })).toBeNull();
    expect(classify('email', { role: 'property', receiver: ['formik', 'errors'] })).toBeNull();
    expect(classify('email', { role: 'property', receiver: ['formik', 'touched'] })).toBeNull();
    expect(classify('email', { role: 'property', receiver: ['userSchema', 'shape'] })).toBeNull();
    expect(classify('氏名', { role: 'property', receiver: ['画面ラベル'] })).toBeNull();
    expect(classify('email', { role: 'property', receiver: ['formik', 'values'] })?.kind).toBe('email');
    expect(classify('email', { role: 'property', receiver: ['input'] })?.confidence).toBe('high');
  });

  it('a hash, HMAC or token of a My Number is still a My Number (digest §6.4)', () => {
    expect(classify('myNumberDigest', { role: 'property', receiver: ['employee'] })).toEqual({ kind: 'myNumber', term: 'myNumber', confidence: 'high', script: 'en' });
    expect(classify('kojinBangouHash')?.confidence).toBe('high');
    expect(classify('myNumberHmac', { role: 'property', receiver: ['employee'] })?.kind).toBe('myNumber');
    expect(classify('maskedMyNumber', { role: 'property', receiver: ['employee'] })).toBeNull();
    expect(classify('phoneHmac')).toBeNull();
    expect(classify('tokenizedCardNumber')).toBeNull();
  });

  it('hashes and test data lower confidence', () => {
    expect(classify('emailHash')).toEqual({ kind: 'email', term: 'email', confidence: 'low', script: 'en' });
    expect(classify('passwordHash')?.confidence).toBe('low');
    expect(classify('hashedPhone')?.confidence).toBe('low');
    expect(classify('dummyEmail')?.confidence).toBe('low');
  });

  it('the head noun wins; a failed context falls back to the next term', () => {
    expect(classify('customerNameAndEmail')?.kind).toBe('email');
    expect(classify('emailOrAddress')?.kind).toBe('email');
    expect(classify('userAddressZip')?.kind).toBe('postalCode');
  });

  it('reports the term as written in the vocabulary, with its script', () => {
    expect(classify('DENWA_BANGO')).toEqual({ kind: 'phone', term: 'denwaBangou', confidence: 'high', script: 'romaji' });
    expect(classify('jyusho')).toEqual({ kind: 'address', term: 'juusho', confidence: 'high', script: 'romaji' });
    expect(classify('お客様氏名')).toEqual({ kind: 'fullName', term: '氏名', confidence: 'high', script: 'ja' });
    expect(classify('customer_phone_number')).toEqual({ kind: 'phone', term: 'phoneNumber', confidence: 'high', script: 'en' });
  });

  it('memoised results equal fresh results, whatever the order of calls', () => {
    const names = ['email', 'name', 'address', 'zip', 'tel', 'pin', 'myNumber', 'userId', 'password', '氏名', '名', 'race'];
    const contexts: Ctx[] = [
      {},
      user,
      { role: 'property', receiver: ['file'] },
      { role: 'property', receiver: ['company'] },
      { role: 'property', receiver: ['LABELS'] },
      { role: 'property', receiver: ['card'] },
      { role: 'property', receiver: ['顧客'] },
      { role: 'key', siblings: ['email', 'name', 'zip', 'tel', 'race'] },
      { role: 'key', siblings: ['size', 'type'] },
      { japaneseContext: true },
      { role: 'method', receiver: ['Promise'] },
    ];
    const probes = names.flatMap((n) => contexts.map((c): [string, Ctx] => [n, c]));
    const fresh = probes.map(([n, c]) => createVocabulary().classifyName(n, { role: 'identifier', ...c }));
    const shared = createVocabulary();
    const forward = probes.map(([n, c]) => shared.classifyName(n, { role: 'identifier', ...c }));
    const shared2 = createVocabulary();
    const backward = [...probes].reverse().map(([n, c]) => shared2.classifyName(n, { role: 'identifier', ...c })).reverse();
    expect(forward).toEqual(fresh);
    expect(backward).toEqual(fresh);
    expect(fresh.filter(Boolean).length).toBeGreaterThan(40);
  });

  it('memoises per context: same name, different receivers', () => {
    const a = classify('name', user);
    const b = classify('name', { role: 'property', receiver: ['file'] });
    const c = classify('name', user);
    expect(a?.kind).toBe('fullName');
    expect(b).toBeNull();
    expect(c).toEqual(a);
  });
});

describe('isPersonHolder / isPersonRecordName', () => {
  const records: Array<[string, boolean]> = [
    ['user', true],
    ['users', true],
    ['customer', true],
    ['customers', true],
    ['member', true],
    ['patient', true],
    ['employee', true],
    ['applicant', true],
    ['profile', true],
    ['contact', true],
    ['guest', true],
    ['student', true],
    ['people', true],
    ['currentUser', true],
    ['newCustomer', true],
    ['userData', true],
    ['userInfo', true],
    ['userProfile', true],
    ['customerRecord', true],
    ['customerRecords', true],
    ['patientDetails', true],
    ['employeeList', true],
    ['user1', true],
    ['kokyaku', true],
    ['kaiin', true],
    ['kokyakuJouhou', true],
    ['顧客', true],
    ['顧客情報', true],
    ['会員データ', true],
    ['患者一覧', true],
    ['お客様', true],
    ['authUser', true],
    ['appUser', true],
    ['teamMember', true],
    ['personalInfo', true],
    ['userDto', true],
    // not records
    ['userId', false],
    ['userIds', false],
    ['userCount', false],
    ['userService', false],
    ['UserRepository', false],
    ['User', false],
    ['userName', false],
    ['userEmail', false],
    ['userAgent', false],
    ['userRole', false],
    ['usersTable', false],
    ['isUser', false],
    ['getUser', false],
    ['numUsers', false],
    ['account', false],
    ['client', false],
    ['recipient', false],
    ['顧客数', false],
    ['顧客ID', false],
    ['data', false],
    ['SMTP_USER', false],
    ['smtpUser', false],
    ['dbUser', false],
    ['CreateUserDto', false],
    ['createUserDto', false],
    ['', false],
  ];
  it.each(records)('isPersonRecordName(%s) = %s', (name, expected) => {
    expect(v.isPersonRecordName(name)).toBe(expected);
  });

  const holders: Array<[string, boolean]> = [
    ['user', true],
    ['currentUser', true],
    ['User', true],
    ['users[0]', true],
    ['getUser()', true],
    ['user?', true],
    ['recipient', true],
    ['sender', true],
    ['billing', true],
    ['accountHolder', true],
    ['cardholder', true],
    ['顧客', true],
    ['kanja', true],
    ['file', false],
    ['server', false],
    ['account', false],
    ['client', false],
    ['userService', false],
    ['req', false],
  ];
  it.each(holders)('isPersonHolder(%s) = %s', (name, expected) => {
    expect(v.isPersonHolder(name)).toBe(expected);
  });

  it('classifyName never returns personalRecord for a record name', () => {
    expect(classify('user')).toBeNull();
    expect(classify('customerRecord')).toBeNull();
  });
});

describe('options: extraNames and ignoredNames', () => {
  const custom = createVocabulary({
    extraNames: { shaban: 'customerId', 会員コード: 'customerId', hostname: 'fullName', member: 'personalRecord', kojinJouhou: 'personalRecord' },
    ignoredNames: ['email', 'name', '住所', 'member'],
  });
  const c = (name: string, ctx: Ctx = {}) => custom.classifyName(name, { role: 'identifier', ...ctx });

  it('extraNames add names, as whole names and as words inside names', () => {
    expect(c('shaban')).toEqual({ kind: 'customerId', term: 'shaban', confidence: 'high', script: 'en' });
    expect(c('employeeShaban')?.kind).toBe('customerId');
    expect(c('会員コード')?.kind).toBe('customerId');
    expect(c('旧会員コード')?.kind).toBe('customerId');
  });

  it('extraNames override built-in traps', () => {
    expect(c('hostname')?.kind).toBe('fullName');
    expect(v.classifyName('hostname', { role: 'identifier' })).toBeNull();
  });

  it('ignoredNames win over everything', () => {
    expect(c('email')).toBeNull();
    expect(c('name', user)).toBeNull();
    expect(c('customerName')).toBeNull();
    expect(c('住所')).toBeNull();
    expect(c('firstName')?.kind).toBe('fullName');
    expect(c('userEmail')).toBeNull();
    expect(c('phone')?.kind).toBe('phone');
  });

  it('personalRecord extras mark record names; ignored ones unmark them', () => {
    expect(custom.isPersonRecordName('kojinJouhou')).toBe(true);
    expect(custom.isPersonRecordName('member')).toBe(false);
    expect(v.isPersonRecordName('member')).toBe(true);
  });

  it('rejects unknown kinds', () => {
    expect(() => createVocabulary({ extraNames: { foo: 'notAKind' } })).toThrow(/unknown data kind "notAKind"/);
  });

  it('kind() returns the DataKind', () => {
    expect(v.kind('email')).toBe(DATA_KINDS.email);
    expect(v.kind('nope')).toBeUndefined();
  });
});
