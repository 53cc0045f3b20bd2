import { bankCardResource } from './bankCard/BankCard.resource';
import { businessLicenseResource } from './businessLicense/BusinessLicense.resource';
import { autoClassifyResource } from './autoClassify/AutoClassify.resource';
import { generalTextResource } from './generalText/GeneralText.resource';
import { idCardResource } from './idCard/IdCard.resource';
import { passportResource } from './passport/Passport.resource';
import { driverLicenseResource } from './driverLicense/DriverLicense.resource';
import { vehicleLicenseResource } from './vehicleLicense/VehicleLicense.resource';
import type { ResourceDefinition } from './shared/types';

/**
 * The node's resources, one line each, in the order the Resource list shows them. The node description
 * takes its Resource options and fields from here; Auto-Classify takes the document rules from here.
 */
export const RESOURCES: readonly ResourceDefinition[] = [
	idCardResource,
	generalTextResource,
	autoClassifyResource,
	bankCardResource,
	businessLicenseResource,
	passportResource,
	driverLicenseResource,
	vehicleLicenseResource,
];
