// The fields a submitter may change after a request for change, in the order of the form.
// Apart from the schema, so the form in the browser does not pull in Zod for one list.
export const REVISION_FIELDS = ["title", "description", "category"] as const;
export type RevisionField = (typeof REVISION_FIELDS)[number];
