import type { RenderOptions, RenderResult } from '../src/render/index.js';

export function withFallbacks(
  html: string,
  options: { renderFallback: (feed: unknown, options: RenderOptions) => Promise<RenderResult>; readFeed: (file: string) => Promise<string> },
): Promise<string>;
