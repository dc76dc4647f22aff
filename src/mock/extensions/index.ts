/** Extensions every adapter loads; each decides from the spec whether it applies. */
import type { MockExtension } from '../core/model.ts';
import { sessionExtension } from './session.ts';

export const DEFAULT_EXTENSIONS: Array<MockExtension<any>> = [sessionExtension];
