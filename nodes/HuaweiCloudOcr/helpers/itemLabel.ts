/** How messages name an input item: "input item 3" (0-based, as `pairedItem` counts). Built once per item. */
export function itemLabel(itemIndex: number): string {
	return `input item ${itemIndex}`;
}

/** The same label at the start of a sentence. */
export function itemLabelSentence(itemIndex: number): string {
	const label = itemLabel(itemIndex);
	return label[0].toUpperCase() + label.slice(1);
}
