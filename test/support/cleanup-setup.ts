import { afterAll } from 'vitest';
import { removeTemporaryUserData } from './reader-services';

// Every test file: the user-data folders its test readers made are removed when it is done.
afterAll(removeTemporaryUserData);
