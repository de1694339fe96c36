/** Colour contrast as WCAG 2.1 defines it: for the network's primary colour under white text (issue 20). */

/** WCAG 2.1 AA for normal text: white text on the profile's colour needs at least this contrast ratio. */
export const MIN_CONTRAST = 4.5;

/** The relative luminance of an sRGB colour given as #rrggbb (WCAG 2.1). */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The contrast ratio of two #rrggbb colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The contrast of white text on `colour`. */
export const contrastWithWhite = (colour: string) => contrastRatio(colour, "#ffffff");
