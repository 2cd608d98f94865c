// The PNG sizes of the icon: the manifest's 16/32/48/128, and 96 for addons.mozilla.org.
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
