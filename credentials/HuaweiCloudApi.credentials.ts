import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { authenticateRequest } from './huaweiCloud/authenticate';
import { DEFAULT_IAM_ENDPOINT, ID_CARD_REGIONS } from './huaweiCloud/endpoints';
import { fetchIamTokenOnce } from './huaweiCloud/iamToken';

export class HuaweiCloudApi implements ICredentialType {
	name = 'huaweiCloudApi';

	displayName = 'Huawei Cloud API';

	icon: Icon = {
		light: 'file:../icons/huaweiCloudOcr.svg',
		dark: 'file:../icons/huaweiCloudOcr.dark.svg',
	};

	documentationUrl =
		'https://support.huaweicloud.com/intl/en-us/devg-apisign/api-sign-provide-aksk.html';

	properties: INodeProperties[] = [
		{
			displayName: 'Authentication',
			name: 'authType',
			type: 'options',
			options: [
				{
					name: 'Access Key (AK/SK)',
					value: 'accessKey',
					description: 'Sign every request with an access key pair (recommended)',
				},
				{
					name: 'IAM User Password (Token)',
					value: 'password',
					description: 'Sign in as an IAM user and send the token it gets',
				},
			],
			default: 'accessKey',
		},
		{
			displayName: 'Access Key ID',
			name: 'accessKeyId',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { authType: ['accessKey'] } },
			description: 'Console → My Credentials → Access Keys',
		},
		{
			displayName: 'Secret Access Key',
			name: 'secretAccessKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: { show: { authType: ['accessKey'] } },
		},
		{
			displayName: 'Security Token',
			name: 'securityToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authType: ['accessKey'] } },
			description: 'Only for temporary access keys: the security token issued with them',
		},
		{
			displayName: 'Account Name',
			name: 'domainName',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { authType: ['password'] } },
			description: 'The Huawei Cloud account (domain) that owns the IAM user',
		},
		{
			displayName: 'IAM User Name',
			name: 'userName',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { authType: ['password'] } },
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: { show: { authType: ['password'] } },
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			options: ID_CARD_REGIONS,
			default: 'cn-north-4',
			description:
				'Regions that serve ID card recognition. OCR must be enabled in the region you pick.',
		},
		{
			displayName: 'Region ID',
			name: 'customRegion',
			type: 'string',
			default: '',
			placeholder: 'cn-south-1',
			displayOptions: { show: { region: ['custom'] } },
		},
		{
			displayName: 'Project ID',
			name: 'projectId',
			type: 'string',
			default: '',
			description:
				'Console → My Credentials → API Credentials → project of the region. Leave empty to look it up from the region.',
		},
		{
			displayName: 'Enterprise Project ID',
			name: 'enterpriseProjectId',
			type: 'string',
			default: '',
			placeholder: '0',
			description:
				'Optional. Bills the OCR calls to this enterprise project (sent as the Enterprise-Project-Id header). Empty: the default project of the account.',
		},
		{
			displayName: 'OCR Endpoint',
			name: 'ocrEndpoint',
			type: 'string',
			default: '',
			placeholder: 'https://ocr.cn-north-4.myhuaweicloud.com',
			description:
				'Only for private deployments or a test emulator. Empty: derived from the region.',
		},
		{
			displayName: 'IAM Endpoint',
			name: 'iamEndpoint',
			type: 'string',
			default: '',
			placeholder: 'https://iam.cn-north-4.myhuaweicloud.com',
			description: `Empty: the IAM endpoint of the region (https://iam.{region}.myhuaweicloud.com), as Huawei's SDKs use, or the global ${DEFAULT_IAM_ENDPOINT} for regions without one. Type the global endpoint to use it instead, or a private deployment's.`,
		},
		{
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Token Expires At',
			name: 'tokenExpiresAt',
			type: 'hidden',
			typeOptions: { password: true },
			default: '',
		},
		{
			displayName: 'Token Project ID',
			name: 'tokenProjectId',
			type: 'hidden',
			default: '',
		},
	];

	async preAuthentication(
		this: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
	): Promise<IDataObject> {
		if (credentials.authType !== 'password') return {};
		return await fetchIamTokenOnce(this, credentials);
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return await authenticateRequest(credentials, requestOptions);
	}

	// The Test button is the node's `testedBy: 'huaweiCloudApiTest'` (nodes/HuaweiCloudOcr/methods/credentialTest.ts):
	// it names the cause of each refusal and needs only OCR rights when the project ID is typed in.
}
