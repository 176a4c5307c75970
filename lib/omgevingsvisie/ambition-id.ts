import { z } from "zod";

// An ambition's id is a slug: it is a path segment of its page, so one rule serves the
// importer (what may be stored) and the proxy (what may be asked for).

export const AMBITION_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_AMBITION_ID = 80;

export const AmbitionIdParam = z.string().max(MAX_AMBITION_ID).regex(AMBITION_ID_PATTERN);
