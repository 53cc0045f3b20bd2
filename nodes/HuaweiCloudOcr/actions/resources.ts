import { bankCardResource } from './bankCard/BankCard.resource';
import { businessLicenseResource } from './businessLicense/BusinessLicense.resource';
import { autoClassifyResource } from './autoClassify/AutoClassify.resource';
import { exitEntryPermitResource } from './exitEntryPermit/ExitEntryPermit.resource';
import { generalTextResource } from './generalText/GeneralText.resource';
import { hkIdCardResource } from './hkIdCard/HkIdCard.resource';
import { householdRegisterResource } from './householdRegister/HouseholdRegister.resource';
import { idCardResource } from './idCard/IdCard.resource';
import { mainlandTravelPermitResource } from './mainlandTravelPermit/MainlandTravelPermit.resource';
import { macaoIdCardResource } from './macaoIdCard/MacaoIdCard.resource';
import { otherApiResource } from './otherApi/OtherApi.resource';
import { passportResource } from './passport/Passport.resource';
import { smartDocumentResource } from './smartDocument/SmartDocument.resource';
import { driverLicenseResource } from './driverLicense/DriverLicense.resource';
import { vatInvoiceResource } from './vatInvoice/VatInvoice.resource';
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
	exitEntryPermitResource,
	generalTextResource,
	hkIdCardResource,
	householdRegisterResource,
	idCardResource,
	macaoIdCardResource,
	mainlandTravelPermitResource,
	otherApiResource,
	passportResource,
	smartDocumentResource,
	vatInvoiceResource,
	vehicleLicenseResource,
];
