import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-folders';

// Every test file: the temporary folders it made (test readers' user data included) are removed when it is done.
afterAll(removeTempDirs);
