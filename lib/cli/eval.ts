import { screen } from '../engine/screen';
import { errorLines, evalError, type EvalError } from '../eval/errors';
import { EvalAccumulator, THRESHOLDS } from '../eval/metrics';
import { markdownReport, reportObject } from '../eval/report';
import { parseArgs, UsageError } from './args';
import { endQuietlyOnClosedPipe } from './closed-pipe';
import { readInput } from './inputs';
import { labelOf } from './records';
import { loadRuleSet } from './ruleset';

const USAGE = `usage: npm run eval -- FILE... [--label FIELD] [--group FIELD]... [--json] [--title TEXT] [--rules DIR] [--errors LEVEL]
Labelled postings (field "label": risky/legit, or EMSCAD "fraudulent": 1/0) give a confusion matrix,
precision, recall and F1 at each level threshold, and per-rule hits and precision.
Groups: overall, and by "lang" and "split" when the records have them (or --group FIELD).
--errors LEVEL (low, medium or high) also lists every posting wrong at that threshold (missed risky
ones, then legitimate ones flagged) with the rules that fired and the record's "notes".`;

endQuietlyOnClosedPipe();

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, ['--json', '--help'], ['--label', '--group', '--title', '--rules', '--errors']);
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`${e.message}\n${USAGE}\n`); return 2; }
    throw e;
  }
  if (args.flags.has('--help')) { process.stdout.write(`${USAGE}\n`); return 0; }
  if (!args.files.length) { process.stderr.write(`no input files\n${USAGE}\n`); return 2; }
  const errorsAt = args.values.get('--errors');
  if (errorsAt !== undefined && !(THRESHOLDS as string[]).includes(errorsAt)) {
    process.stderr.write(`--errors takes one of ${THRESHOLDS.join(', ')}\n${USAGE}\n`);
    return 2;
  }
  const errors: EvalError[] = [];
  const { set, warnings } = loadRuleSet(args.values.get('--rules'));
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  const labelField = args.values.get('--label');
  const groupFields = args.values.has('--group') ? [args.values.get('--group')!] : ['split', 'lang'];
  const groups = new Map<string, EvalAccumulator>([['all', new EvalAccumulator()]]);
  let failed = 0;
  let unlabelled = 0;
  for (const file of args.files) {
    for await (const item of readInput(file)) {
      if (item.error || !item.posting) { failed++; process.stderr.write(`error: ${item.error}\n`); continue; }
      const risky = labelOf(item.record, labelField);
      if (risky === undefined) { unlabelled++; continue; }
      const v = screen(item.posting, set);
      groups.get('all')!.add(risky, v);
      if (errorsAt) {
        const notes = typeof item.record?.notes === 'string' ? item.record.notes : undefined;
        const e = evalError(item.id, risky, v, errorsAt as (typeof THRESHOLDS)[number], notes);
        if (e) errors.push(e);
      }
      for (const g of groupFields) {
        const value = item.record?.[g];
        if (value === undefined || value === '') continue;
        const key = `${g}=${String(value)}`;
        if (!groups.has(key)) groups.set(key, new EvalAccumulator());
        groups.get(key)!.add(risky, v);
      }
    }
  }
  const sorted = new Map([...groups].sort((a, b) => (a[0] === 'all' ? -1 : b[0] === 'all' ? 1 : a[0].localeCompare(b[0]))));
  const title = args.values.get('--title') ?? `Evaluation of ${set.rules.length} rules on ${args.files.join(', ')}`;
  if (args.flags.has('--json')) {
    const rep = reportObject(sorted);
    process.stdout.write(`${JSON.stringify(errorsAt ? { ...rep, errors } : rep, null, 2)}\n`);
  } else {
    process.stdout.write(markdownReport(title, sorted));
    if (errorsAt) process.stdout.write(`\n## Wrong at ${errorsAt}+ (${errors.length})\n\n\`\`\`\n${errorLines(errors)}\n\`\`\`\n`);
  }
  if (unlabelled) process.stderr.write(`warning: ${unlabelled} posting(s) had no label and were left out\n`);
  return failed ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`error: ${(e as Error).stack ?? e}\n`); process.exitCode = 2; },
);
