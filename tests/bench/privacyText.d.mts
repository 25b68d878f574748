export const CLIENT_NAME: string;
/** At least `bytes` UTF-8 bytes of Dutch report text with a record header, cut at the end of a report. */
export function dutchReportText(bytes: number): string;
