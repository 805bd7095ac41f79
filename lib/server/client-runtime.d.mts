export function stripClientRuntime(html: string): string;
