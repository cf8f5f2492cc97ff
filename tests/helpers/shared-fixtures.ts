import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The real saved job-site pages live outside the project, in <repo>/../shared/fixtures/pages
 * (see its ORIGIN.md for sources and licences). They are read in place, never copied into the
 * project; when the folder is absent (a plain clone), the tests that need it are skipped.
 */
export const SHARED_PAGES_DIR = path.resolve(__dirname, '../../../shared/fixtures/pages');

export const sharedPagesExist = existsSync(SHARED_PAGES_DIR);

/** Call at the top of a test file that uses the shared pages; says once why its tests are skipped. */
export function warnIfSharedPagesAbsent(): void {
  if (!sharedPagesExist) console.warn('../shared/fixtures/pages is absent: real-page extraction tests skipped');
}

/** A saved page, by its path under the pages folder ("linkedin/linkedin_guest_job_posting.html"). */
export function readSharedPage(relative: string): string {
  return readFileSync(path.join(SHARED_PAGES_DIR, relative), 'utf8');
}
