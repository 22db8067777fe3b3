// Organisation names as Altinn 3 shows them: the register's "VISMA SOFTWARE INTERNATIONAL AS"
// becomes "Visma Software International AS", "FJORDVIK KOMMUNE" becomes "Fjordvik kommune". The
// server's DisplayNames follows the same rules.

const LEGAL_FORMS = new Set([
  'AS', 'ASA', 'SA', 'KF', 'IKS', 'DA', 'ANS', 'NUF', 'BA', 'ENK', 'SF', 'KS', 'FKF', 'BBL', 'AL', 'STI', 'SE', 'HF', 'RHF',
]);
const LOWER_CASE_AFTER_FIRST = new Set(['kommune', 'fylkeskommune', 'og']);

export function formatDisplayName(name) {
  const words = String(name || '').trim().split(/\s+/);
  const last = words.length - 1;
  return words.map((word, i) => formatWord(word, i, last)).join(' ');
}

function formatWord(word, index, last) {
  const upper = word.toLocaleUpperCase('nb');
  const lower = word.toLocaleLowerCase('nb');
  if (word.includes('.') || (index === last && index > 0 && LEGAL_FORMS.has(upper))) return upper;
  if (index > 0 && LOWER_CASE_AFTER_FIRST.has(lower)) return lower;
  return lower.replace(/(^|[^\p{L}\p{N}])(\p{L})/gu, (all, before, letter) => before + letter.toLocaleUpperCase('nb'));
}
