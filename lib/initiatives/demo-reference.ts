// Demo initiatives (npm run demo) carry references with this prefix: the pages mark them as
// demo, and a later demo import recognises its own rows and never touches real ones.
export const DEMO_REFERENCE_PREFIX = "DEMO-";
