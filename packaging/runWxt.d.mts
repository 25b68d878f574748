export const ROOT: string;
export function runWxt(args: string[], env?: Record<string, string>): Promise<string>;
