// Types for generate.mjs (the unit tests import the generator).
export function rng(seed: number): () => number;
export function generateDocument(lines: number, lang?: 'zh' | 'en', seed?: number): string;
export function generateFolder(dir: string, count: number): string;
