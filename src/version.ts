// The package's version, for `vipps-ip-lock --version`. scripts/bundle.sh replaces the compiled
// module with package.json's version before ncc bundles it, so the version is written in one
// place only; code run from src/ (the unit tests) sees this placeholder.
export const VERSION: string = '0.0.0-development';
