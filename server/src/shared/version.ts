// The tool's version, set by the build (scripts/build.mjs `define`); unbundled runs (tests) say dev.
declare const CASEFILE_VERSION: string;
export const VERSION = typeof CASEFILE_VERSION === 'string' ? CASEFILE_VERSION : '0.0.0-dev';
