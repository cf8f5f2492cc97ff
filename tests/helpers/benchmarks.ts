import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { BenchmarkSchema, type Benchmark } from '../../lib/engine/benchmark';

export function loadBenchmarks(file: string): Benchmark[] {
  if (!existsSync(file)) return [];
  return z.array(BenchmarkSchema).parse(parse(readFileSync(file, 'utf8')));
}
