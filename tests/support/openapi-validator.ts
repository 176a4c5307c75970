import { Ajv2020 } from "ajv/dist/2020.js";

/**
 * Validates bodies against a component schema of an OpenAPI 3.1 document, the way a
 * partner's tooling would: the document as served, $refs resolved inside it, strict
 * objects, so a field we do not document (a raw count, say) fails.
 */
export function openApiValidator(document: object) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ ...document, $id: "openapi" });
  return (schemaId: string, body: unknown): string[] => {
    const validate = ajv.getSchema(`openapi#/components/schemas/${schemaId}`);
    if (!validate) return [`no schema ${schemaId}`];
    return validate(body) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
  };
}
