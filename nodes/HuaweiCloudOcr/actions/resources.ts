import { idCardResource } from './idCard/IdCard.resource';
import type { ResourceDefinition } from './shared/types';

/**
 * The node's resources, one line each, in the order the Resource list shows them. The node description
 * takes its Resource options and fields from here; Auto-Classify takes the document rules from here.
 */
export const RESOURCES: readonly ResourceDefinition[] = [idCardResource];
