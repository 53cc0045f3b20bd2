import { OcrCallError } from '../model/OcrCallError';

/** Codes Huawei answers when an API is called in a region that does not serve it (or where it is not enabled). */
const NOT_HERE = ['ModelArts.4204', 'APIG.0101'];

/**
 * The error of a call, with the regions that serve the API added to its description when Huawei answered
 * ModelArts.4204 or APIG.0101 (any other error is returned as it is). For APIs served in a few regions but not
 * refused locally (`OcrApi.regions`), so that a new region Huawei opens keeps working.
 */
export function withServedRegions(
	error: unknown,
	service: string,
	regions: readonly string[],
): unknown {
	if (!(error instanceof OcrCallError) || !NOT_HERE.includes(error.failure.errorCode)) return error;
	const where = `Huawei serves ${service} in ${regions.join(' and ')} (its endpoint list, 2025-12).`;
	const description = error.failure.description ? `${error.failure.description} ${where}` : where;
	return new OcrCallError({ ...error.failure, description });
}
