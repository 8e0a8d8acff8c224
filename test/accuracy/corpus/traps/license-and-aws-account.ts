import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';

const sts = new STSClient({});

export async function describeEnvironment(licenseNumber: string): Promise<void> {
  const identity = await sts.send(new GetCallerIdentityCommand({}));
  const awsAccountId = identity.Account;
  const accountNumber = awsAccountId;
  console.log(`AWS account ${awsAccountId} (${accountNumber}), software licence ${licenseNumber}`);
}
