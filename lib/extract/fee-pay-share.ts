/**
 * "ग्राहकबाट उठेको १०% सेवा शुल्क कर्मचारीबीच बाँडिने", "10% service charge shared among staff": a
 * restaurant's or hotel's service charge shared out to the staff is pay, not a fee on the worker.
 */
import { PAY_ADD_ON } from './fee-families';
import type { Group, Hit } from './fee-groups';
import { prep } from './text';

/** Stems of "shared / distributed / split among (the staff)", per language (prepped, matched inside the words nearby). */
const SHARED = [
  'shared', 'distributed', 'split among', 'split between', 'paid to staff', 'goes to staff', 'to the staff', 'among staff', 'among the staff', 'to employees',
  'se reparte', 'repartid', 'reparto', 'para el personal', 'partage', 'reparti', 'reverse au personnel', 'pour le personnel', 'dividid', 'para os funcionarios',
  'impart', 'distribui', 'pentru angajati', 'распредел', 'делится', 'делим', 'сотрудникам', 'персоналу', 'розподіл', 'ділиться', 'працівникам',
  'يوزع', 'توزع', 'للموظفين', 'للعاملين', 'dibagi', 'untuk karyawan', 'hinahati', 'hatian', 'para sa staff', 'बाँड', 'बांट', 'बाँट', 'कर्मचारीबीच', 'कर्मचारियों में', 'ভাগ',
  'কর্মীদের', 'chia cho', 'chia đều', 'cho nhân viên', 'แบ่งให้', 'แบ่งกัน', 'ให้พนักงาน', '分给', '分給', '分配给', '平分', '员工分', '員工分', 'ចែក', 'ခွဲဝေ', 'ဝေစု', 'ይከፋፈላል', 'ለሰራተኞች',
  // Language completion: more forms in the languages that had one or two.
  'divided among', 'shared equally', 'untuk staf', 'para sa lahat ng staff', 'para sa mga staff', 'कर्मचारियों को', 'कर्मचारीलाई', 'কর্মচারীদের', 'يقسم', 'يتقاسم',
  'делят', 'ділять', 'chia nhân viên', 'ለሠራተኞች', 'ဝန်ထမ်းများကို', 'ឲ្យបុគ្គលិក', 'ให้กับพนักงาน', '员工共享', '員工共享',
].map((w) => prep(w.normalize('NFKC')));
const REACH = 40;

/** The group is only a service-charge word, with a "shared among the staff" word right by it (same line) and no charge or pay verb. */
export function staffShare(p: string, g: Group, core: Hit[], charged: boolean): boolean {
  if (charged || !core.every((m) => PAY_ADD_ON.has(p.slice(m.start, m.end)))) return false;
  // Only the words on the group's own line.
  const before = p.slice(Math.max(0, g.start - REACH), g.start).split(/[\n\r]/).pop()!;
  const after = p.slice(g.end, g.end + REACH).split(/[\n\r]/)[0]!;
  const near = `${before} ${after}`;
  return SHARED.some((w) => near.includes(w));
}
