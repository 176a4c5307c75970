/** Open Graph's recommended size: large previews on every platform that shows one. */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const;
