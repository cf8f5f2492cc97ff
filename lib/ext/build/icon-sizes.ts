/** Icon sizes shipped (toolbar 16/32, extension pages 48, store and install dialog 128). */
export const ICON_SIZES = [16, 32, 48, 128] as const;
