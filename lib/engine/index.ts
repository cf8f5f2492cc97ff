/** The engine's public surface: what the extension, the CLI and the feed code import. */
export { compileRuleSet, RuleCompileError, type CompiledRuleSet } from './compile';
export { screen, type ScreenOptions } from './screen';
export { PostingSchema, type Posting } from './posting';
export { LEVELS, levelAtLeast, type Finding, type Level, type Verdict } from './verdict';
export { BenchmarkSchema, type Benchmark } from './benchmark';
