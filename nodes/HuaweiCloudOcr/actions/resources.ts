import { bankCardResource } from './bankCard/BankCard.resource';
import { businessLicenseResource } from './businessLicense/BusinessLicense.resource';
import { autoClassifyResource } from './autoClassify/AutoClassify.resource';
import { generalTextResource } from './generalText/GeneralText.resource';
import { idCardResource } from './idCard/IdCard.resource';
import { otherApiResource } from './otherApi/OtherApi.resource';
import { passportResource } from './passport/Passport.resource';
import { smartDocumentResource } from './smartDocument/SmartDocument.resource';
import { driverLicenseResource } from './driverLicense/DriverLicense.resource';
import { vehicleLicenseResource } from './vehicleLicense/VehicleLicense.resource';
import type { ResourceDefinition } from './shared/types';

/**
 * The registry: the node's resources, one line each, in the order the Resource list shows them: alphabetical
 * by label, as n8n's own nodes list options (the default stays ID Card). Each document declares its option,
 * fields, operations and rules once (`defineResource`); the node description takes its Resource options and
 * fields from here, actions/router.ts its operations, and Auto-Classify the document rules (passed by the
 * router). test/unit/registry.test.js fails when a document folder is not listed here.
 */
export const RESOURCES: readonly ResourceDefinition[] = [
	autoClassifyResource,
	bankCardResource,
	businessLicenseResource,
	driverLicenseResource,
	generalTextResource,
	idCardResource,
	otherApiResource,
	passportResource,
	smartDocumentResource,
	vehicleLicenseResource,
];
