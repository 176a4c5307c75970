import { ImportError } from "../import/import-problem.ts";
import { type Catalogue, CatalogueSchema } from "./catalogue-schema.ts";

/** Reads the catalogue file; every invalid field is reported with its JSON path. */
export function parseCatalogue(content: string, file: string): Catalogue {
  if (content.trim() === "") throw new ImportError([{ file, key: "emptyFile" }]);
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    throw new ImportError([{ file, key: "notJson", values: { detail: (error as Error).message } }]);
  }
  const parsed = CatalogueSchema.safeParse(json);
  if (!parsed.success) {
    throw new ImportError(
      parsed.error.issues.slice(0, 25).map((issue) => ({
        file,
        key: "catalogueInvalid",
        values: { path: issue.path.join(".") || "(file)", detail: issue.message },
      })),
    );
  }
  return parsed.data;
}
