// Two outlets on one story, written for these tests: the toll differs between them, one names
// "President Gustavo Petro" and the other only "Petro", and both give the date of the attack.

export const HARBOR_URI = 'file:///news/2025-11-14-harbor-times.txt';
export const LEDGER_URI = 'file:///news/2025-11-16-coastal-ledger.txt';

export const HARBOR = [
  'Colombia disputes boat strike toll',
  'Date: November 14, 2025',
  'Source: Harbor Times',
  '',
  'BOGOTÁ — President Gustavo Petro said on Tuesday that at least 80 people had died in the strikes.',
  'The Pentagon did not answer questions about the attack on November 11, 2025.',
  '',
  'Gustavo Petro later repeated the claim in Cartagena.',
].join('\n');

export const LEDGER = [
  'Strike toll rises as questions mount',
  'Date: November 16, 2025',
  'Source: Coastal Ledger',
  '',
  'Colombian President Petro told reporters in Bogotá that 76 people had died since the campaign began.',
  'The attack on November 11, 2025 was the deadliest so far, officials at the Pentagon said.',
  'Petro called the strikes murder.',
].join('\n');
