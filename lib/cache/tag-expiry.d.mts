export function expireTag(tag: string, reachedAt: number, committedAt?: number): void;
export function tagExpiry(tag: string): number | undefined;
export function tagCommittedAt(tag: string): number | undefined;
export function tagChanges(): number;
