// CBS keys carry a per-table suffix ("AantalInwoners_5" in 2024); labels are looked up
// by the stable part, and group paths and units by a slug of their Dutch text.

export function cbsFieldBase(key: string): string {
  return key.replace(/_\d+$/, "");
}

export function cbsSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
}

export function cbsGroupSegments(group: string | null): string[] {
  return (group ?? "").split(">").map((segment) => segment.trim()).filter(Boolean);
}
