import { ethers } from 'ethers';
import pino from 'pino';

const logger = pino();

export async function sendTip(signer: ethers.Signer, walletAddress: string, amountEth: string): Promise<string> {
  const from = await signer.getAddress();
  const tx = await signer.sendTransaction({ to: walletAddress, value: ethers.parseEther(amountEth) });
  logger.info({ from, to: walletAddress, hash: tx.hash, contractAddress: null }, 'tip sent');
  localStorage.setItem('lastWalletAddress', walletAddress);
  return tx.hash;
}
