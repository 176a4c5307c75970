// The licence every download carries. The figures are the municipality's open data; CC BY
// asks only that users name the source, which the note says how to do.
export const DOWNLOAD_LICENCE = { id: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/" } as const;
