// Types of the generated standalone validator.
import type { ErrorObject } from 'ajv';

export interface LockValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export declare const validate: LockValidator;
export default validate;
