/**
 * "npm run scan -- big.jsonl | head": the reader closing the pipe is not an error of ours. Without
 * this, Node reports the EPIPE as an unhandled error with a stack trace. Other errors still throw.
 */
export function endQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
}
