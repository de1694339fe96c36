import type { Child } from "hono/jsx";
import type { Locale } from "../../../domain/locale.ts";
import type { JsonSchema } from "../../api/openapi/kit.ts";
import { type Described, say, type Texts } from "./api-reference-texts.ts";

/**
 * The JSON schemas of the API reference page in words: a schema's type in a few words, its constraints as a
 * sentence, an object's fields (nested ones by dotted path) as a table.
 */

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
export const componentName = (ref: string) => ref.slice(ref.lastIndexOf("/") + 1);
const asSchemas = (value: unknown) => (Array.isArray(value) ? (value as JsonSchema[]) : undefined);
const literal = (value: unknown) => JSON.stringify(value);

/** One row of a field table: a field (dotted path), its type, whether it must be there, and what to know. */
interface FieldRow {
  name: string;
  type: Child;
  required: boolean;
  description: string | undefined;
  notes: Note[];
}

/** A rule of a field in words, with a value written as code (a pattern, a default). */
interface Note {
  text: string;
  code?: string;
}

/** The constraints of a schema in words. */
export function constraints(schema: JsonSchema, t: Texts): Note[] {
  const notes: Note[] = [];
  const add = (text: string, code?: string) => notes.push(code === undefined ? { text } : { text, code });
  const number = (keyword: string) => (typeof schema[keyword] === "number" ? (schema[keyword] as number) : undefined);
  const minLength = number("minLength");
  const maxLength = number("maxLength");
  const minItems = number("minItems");
  const maxItems = number("maxItems");
  const minimum = number("minimum");
  const maximum = number("maximum");
  if (minLength === 1) add(t.notEmpty);
  else if (minLength !== undefined && minLength > 0) add(t.minLength(minLength));
  if (maxLength !== undefined) add(t.maxLength(maxLength));
  if (minItems !== undefined && minItems > 0) add(t.minItems(minItems));
  if (maxItems !== undefined) add(t.maxItems(maxItems));
  if (minimum !== undefined && minimum !== -MAX_SAFE) add(t.minimum(minimum));
  if (maximum !== undefined && maximum !== MAX_SAFE) add(t.maximum(maximum));
  if (typeof schema.pattern === "string" && !schema.format) add(t.pattern, schema.pattern);
  if (schema.default !== undefined) add(t.defaultValue, literal(schema.default));
  if (schema.readOnly) add(t.readOnly);
  return notes;
}

/** A schema's type in a few words: `string (date-time)`, `"yes" | "no"`, `array of → WorkTable`, … */
export function typeOf(schema: JsonSchema, t: Texts): Child {
  if (typeof schema.$ref === "string") {
    const name = componentName(schema.$ref);
    return <a href={`#schema-${name}`}>→ {name}</a>;
  }
  if ("const" in schema) return <code>{literal(schema.const)}</code>;
  if (Array.isArray(schema.enum)) return <code>{schema.enum.map(literal).join(" | ")}</code>;
  const variants = asSchemas(schema.anyOf) ?? asSchemas(schema.oneOf);
  if (variants) {
    if (variants.every((v) => v.type === "object")) return `object, ${t.oneOf} ${variants.length}`;
    return joinTypes(variants.map((v) => typeOf(v, t)));
  }
  const type = Array.isArray(schema.type) ? (schema.type as string[]).join(" | ") : String(schema.type ?? "any");
  if (schema.type === "array" && schema.items) {
    return (
      <>
        {t.arrayOf} {typeOf(schema.items as JsonSchema, t)}
      </>
    );
  }
  if (schema.type === "object" && schema.propertyNames && typeof schema.additionalProperties === "object") {
    return (
      <>
        object ({t.keys} {typeOf(schema.propertyNames as JsonSchema, t)}) →{" "}
        {typeOf(schema.additionalProperties as JsonSchema, t)}
      </>
    );
  }
  return <code>{schema.format ? `${type} (${schema.format})` : type}</code>;
}

export function joinTypes(parts: Child[]): Child {
  return parts.map((part, index) => (index === 0 ? part : <> | {part}</>));
}

/** The properties of an object schema, or of a union of object schemas merged (with when each field is there). */
function propertiesOf(schema: JsonSchema): { name: string; schema: JsonSchema; required: boolean; when?: string }[] {
  const variants = asSchemas(schema.oneOf) ?? asSchemas(schema.anyOf);
  if (variants?.every((v) => v.type === "object")) {
    const props = (v: JsonSchema) => (v.properties ?? {}) as Record<string, JsonSchema>;
    const names = [...new Set(variants.flatMap((v) => Object.keys(props(v))))];
    const discriminator = names.find((name) =>
      variants.every((v) => props(v)[name] && "const" in (props(v)[name] ?? {})),
    );
    return names.map((name) => {
      const having = variants.filter((v) => props(v)[name]);
      const required = having.every((v) => ((v.required as string[] | undefined) ?? []).includes(name));
      if (name === discriminator) {
        return { name, schema: { enum: variants.map((v) => props(v)[name]?.const) }, required };
      }
      const first = props(having[0] ?? {})[name] ?? {};
      const when =
        discriminator && having.length < variants.length
          ? having.map((v) => `${discriminator} = ${literal(props(v)[discriminator]?.const)}`).join(", ")
          : undefined;
      return { name, schema: first, required, ...(when ? { when } : {}) };
    });
  }
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).map(([name, property]) => ({
    name,
    schema: property,
    required: required.has(name),
  }));
}

/** An inline object (not a named schema) whose fields are listed below it. */
function nested(schema: JsonSchema): { schema: JsonSchema; suffix: string } | undefined {
  const objectLike = (s: JsonSchema) =>
    !s.$ref && (s.properties !== undefined || asSchemas(s.oneOf)?.every((v) => v.type === "object") === true);
  if (objectLike(schema)) return { schema, suffix: "." };
  const nullable = asSchemas(schema.anyOf);
  const notNull = nullable?.length === 2 ? nullable.find((v) => v.type !== "null") : undefined;
  if (notNull && objectLike(notNull)) return { schema: notNull, suffix: "." };
  const items = schema.items as JsonSchema | undefined;
  if (schema.type === "array" && items && objectLike(items)) return { schema: items, suffix: "[]." };
  return undefined;
}

function fieldRows(schema: JsonSchema, t: Texts, locale: Locale, prefix = ""): FieldRow[] {
  return propertiesOf(schema).flatMap(({ name, schema: property, required, when }) => {
    const path = `${prefix}${name}`;
    const description = say(property as Described, locale);
    const row: FieldRow = {
      name: path,
      type: typeOf(property, t),
      required,
      description,
      notes: [...(when ? [{ text: t.onlyWhen, code: when }] : []), ...constraints(property, t)],
    };
    const inner = nested(property);
    return [row, ...(inner ? fieldRows(inner.schema, t, locale, `${path}${inner.suffix}`) : [])];
  });
}

export function Cell(props: { label: string; children: Child }) {
  return <td data-label={props.label}>{props.children}</td>;
}

/** A text of the document: `code` spans as code, the rest as it is (nothing else of Markdown is used). */
export function Prose(props: { text: string | undefined }) {
  if (!props.text) return null;
  return <>{props.text.split(/`([^`]+)`/).map((part, index) => (index % 2 === 1 ? <code>{part}</code> : part))}</>;
}

/** A field's description, then its rules as one sentence; a dash when there is neither. */
export function Notes(props: { description: string | undefined; notes: Note[] }) {
  if (!props.description && props.notes.length === 0) return <>–</>;
  return (
    <>
      <Prose text={props.description} />
      {props.description && props.notes.length > 0 ? " " : ""}
      {props.notes.map((note, index) => (
        <>
          {index > 0 ? ", " : ""}
          {index === 0 ? `${note.text.charAt(0).toUpperCase()}${note.text.slice(1)}` : note.text}
          {note.code === undefined ? "" : " "}
          {note.code === undefined ? null : <code>{note.code}</code>}
        </>
      ))}
      {props.notes.length > 0 ? "." : ""}
    </>
  );
}

export function FieldTable(props: { schema: JsonSchema; t: Texts; locale: Locale }) {
  const { t } = props;
  const rows = fieldRows(props.schema, t, props.locale);
  if (rows.length === 0) {
    return (
      <p>
        {typeOf(props.schema, t)}
        {props.schema.type === "object" ? ` (${t.noFields})` : ""}
      </p>
    );
  }
  return (
    <>
      <table class="stack">
        <thead>
          <tr>
            <th scope="col">{t.field}</th>
            <th scope="col">{t.type}</th>
            <th scope="col">{t.required}</th>
            <th scope="col">{t.description}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              <Cell label={t.field}>
                <code>{row.name}</code>
              </Cell>
              <Cell label={t.type}>{row.type}</Cell>
              <Cell label={t.required}>{row.required ? t.yes : t.no}</Cell>
              <Cell label={t.description}>
                <Notes description={row.description} notes={row.notes} />
              </Cell>
            </tr>
          ))}
        </tbody>
      </table>
      {props.schema.additionalProperties !== undefined && props.schema.additionalProperties !== false ? (
        <p>{t.moreFields}</p>
      ) : null}
    </>
  );
}
