import { readFileSync, statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import sanitizeHtml from "sanitize-html";
import type { NetworkLogo } from "../domain/network-profile.ts";

/** A logo file may be at most this large (it travels in every function's bundle and in the table). */
export const MAX_LOGO_BYTES = 32 * 1024;

/**
 * SVG as a logo needs: shapes, paths, text, gradients and clips; no script, no event handler, no style, no link,
 * no `use`, no foreign content, no external reference. Everything else is dropped.
 */
const SVG_ELEMENTS = [
  "svg",
  "g",
  "path",
  "rect",
  "circle",
  "ellipse",
  "line",
  "polyline",
  "polygon",
  "text",
  "tspan",
  "title",
  "desc",
  "defs",
  "linearGradient",
  "radialGradient",
  "stop",
  "clipPath",
];
const SVG_ATTRIBUTES = [
  "xmlns",
  "version",
  "viewBox",
  "preserveAspectRatio",
  "width",
  "height",
  "id",
  "x",
  "y",
  "x1",
  "y1",
  "x2",
  "y2",
  "cx",
  "cy",
  "r",
  "rx",
  "ry",
  "fx",
  "fy",
  "d",
  "points",
  "transform",
  "fill",
  "fill-rule",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-linecap",
  "stroke-linejoin",
  "stroke-miterlimit",
  "stroke-dasharray",
  "stroke-opacity",
  "opacity",
  "clip-path",
  "clip-rule",
  "offset",
  "stop-color",
  "stop-opacity",
  "gradientUnits",
  "gradientTransform",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "letter-spacing",
];

/** A reference may only point into the logo itself (`url(#id)`): nothing is fetched when it is shown. */
const externalReference = /url\(\s*(?!['"]?#)|javascript:|data:/i;

/**
 * The SVG as it will be served: only the elements and attributes a logo needs, the rest dropped (sanitize-html
 * with an SVG allowlist; names keep their case, `viewBox` is not `viewbox`). Throws when nothing drawable is left.
 */
export function sanitiseSvg(svg: string): string {
  const clean = sanitizeHtml(svg, {
    allowedTags: SVG_ELEMENTS,
    allowedAttributes: Object.fromEntries(SVG_ELEMENTS.map((element) => [element, SVG_ATTRIBUTES])),
    allowedSchemes: [],
    allowedSchemesAppliedToAttributes: [],
    disallowedTagsMode: "discard",
    nonTextTags: ["script", "style", "foreignObject", "textarea", "option", "noscript"],
    parser: { xmlMode: true, lowerCaseTags: false, lowerCaseAttributeNames: false },
    exclusiveFilter: (frame) => Object.values(frame.attribs).some((value) => externalReference.test(value)),
  }).trim();
  if (!/^<svg[\s>]/.test(clean) || !/<(path|rect|circle|ellipse|line|polyline|polygon|text)[\s>/]/.test(clean)) {
    throw new Error("the SVG has nothing a logo can show once scripts, links and styles are removed");
  }
  return clean;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Reads a network's logo, named in its profile as a file beside it (`"logo": "musterstadt.svg"`): an SVG, then
 * sanitised, or a PNG, checked by its signature; at most 32 KiB. The profile then carries the logo itself.
 */
export function readLogo(name: string, profileFile: string): NetworkLogo {
  if (!/^[a-z0-9][a-z0-9-]*\.(svg|png)$/.test(name)) {
    throw new Error(`logo: name a .svg or .png file in the profile's folder, got "${name}"`);
  }
  const file = resolve(dirname(profileFile), basename(name));
  const size = statSync(file).size;
  if (size > MAX_LOGO_BYTES) throw new Error(`logo: ${name} has ${size} bytes, at most ${MAX_LOGO_BYTES}`);
  const bytes = readFileSync(file);
  if (name.endsWith(".png")) {
    if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error(`logo: ${name} is not a PNG file`);
    return { type: "image/png", data: bytes.toString("base64") };
  }
  let svg: string;
  try {
    svg = sanitiseSvg(bytes.toString("utf8"));
  } catch (error) {
    throw new Error(`logo: ${(error as Error).message}`);
  }
  return { type: "image/svg+xml", data: Buffer.from(svg).toString("base64") };
}
