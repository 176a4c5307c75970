// "Buurten like mine": buurten whose population profile (the descriptive indicators, where
// neither high nor low is a need) is closest. Each indicator is first put on one scale
// (z-scores over the gemeente's buurten), so a per-thousand figure does not outweigh a
// percentage; the distance is the root mean square difference over the indicators both
// buurten have published. Pure and deterministic: ties go by code.

export interface SimilarBuurt {
  code: string;
  /** Root mean square difference in standard deviations: 0 is the same profile. */
  distance: number;
  /** Profile indicators both buurten have. */
  shared: number;
}

type Profiles = ReadonlyMap<string, ReadonlyMap<string, number>>;

export function similarBuurten(target: string, profiles: Profiles, features: readonly string[], limit = 5): SimilarBuurt[] {
  const own = profiles.get(target);
  if (!own) return [];
  const scales = new Map(features.flatMap((feature) => {
    const scale = scaleOf([...profiles.values()].flatMap((profile) => (profile.has(feature) ? [profile.get(feature)!] : [])));
    return scale ? [[feature, scale] as const] : [];
  }));
  // Comparing on one or two indicators would call buurten alike that are not.
  const minimumShared = Math.max(2, Math.ceil(scales.size / 2));
  const result: SimilarBuurt[] = [];
  for (const [code, profile] of profiles) {
    if (code === target) continue;
    let sum = 0;
    let shared = 0;
    for (const [feature, { mean, deviation }] of scales) {
      const a = own.get(feature);
      const b = profile.get(feature);
      if (a === undefined || b === undefined) continue;
      const difference = (a - mean) / deviation - (b - mean) / deviation;
      sum += difference * difference;
      shared++;
    }
    if (shared >= minimumShared) result.push({ code, distance: Math.sqrt(sum / shared), shared });
  }
  return result.sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code)).slice(0, limit);
}

/** Mean and standard deviation, or nothing when the values cannot tell buurten apart. */
function scaleOf(values: number[]): { mean: number; deviation: number } | undefined {
  if (values.length < 2) return undefined;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const deviation = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
  return deviation > 0 ? { mean, deviation } : undefined;
}
