import { afterAll } from 'vitest';
import { removeTempDirs } from './action.js';

// Every test file leaves the temporary folder as it found it.
afterAll(removeTempDirs);
