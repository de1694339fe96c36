import type { Child } from "hono/jsx";
import type { Locale } from "../../../domain/locale.ts";
import { CONSOLE_LOCALES, type ConsoleLocale, consoleLocaleOf } from "../../../domain/locale.ts";
import type { OpenApiDocument } from "../../api/openapi/document.ts";
import type { JsonSchema } from "../../api/openapi/kit.ts";
import { Layout } from "../../ui/layout.tsx";

/**
 * `GET /api/docs`: the OpenAPI document as a page a person reads, German first. Everything on it comes from the
 * document (api/openapi/document.ts), so the page and the machine-readable description cannot say different things. No
 * script: every operation, parameter, body field and response is written out.
 */

const texts = {
  de: {
    title: "JSON-Schnittstelle",
    machineReadable: "Maschinenlesbar als OpenAPI 3.1:",
    contents: "Inhalt",
    authentication: "Anmeldung",
    authenticationIntro:
      "Die Endpunkte unter /api/admin verlangen eine Koordinatorin oder einen Koordinator, angemeldet auf eine dieser Arten:",
    schemas: "Datenmodelle",
    schemasIntro: "Die Inhalte der Antworten; Felder ohne „ja“ in der Spalte „Pflicht“ können fehlen.",
    access: "Zugriff",
    public: "öffentlich, ohne Anmeldung",
    coordinators: "Koordination: API-Token (Bearer) oder Sitzungs-Cookie",
    coordinatorsChanging: "Koordination: API-Token (Bearer) oder Sitzungs-Cookie mit X-CSRF-Token",
    parameters: "Parameter",
    requestBody: "Anfrageinhalt",
    optionalBody: "(optional)",
    responses: "Antworten",
    name: "Name",
    in: "Ort",
    places: { path: "Pfad", query: "Abfrage", header: "Kopfzeile", cookie: "Cookie" } as Record<string, string>,
    type: "Typ",
    required: "Pflicht",
    yes: "ja",
    no: "nein",
    description: "Beschreibung",
    field: "Feld",
    status: "Status",
    meaning: "Bedeutung",
    content: "Inhalt",
    headers: "Kopfzeilen",
    none: "kein Inhalt",
    oneOf: "eines von",
    arrayOf: "Liste aus",
    keys: "Schlüssel",
    onlyWhen: "nur bei",
    readOnly: "nur lesbar",
    notEmpty: "nicht leer",
    minLength: (n: number) => `mindestens ${n} Zeichen`,
    maxLength: (n: number) => `höchstens ${n} Zeichen`,
    minItems: (n: number) => `mindestens ${n} ${n === 1 ? "Eintrag" : "Einträge"}`,
    maxItems: (n: number) => `höchstens ${n} ${n === 1 ? "Eintrag" : "Einträge"}`,
    minimum: (n: number) => `mindestens ${n}`,
    maximum: (n: number) => `höchstens ${n}`,
    pattern: "Muster:",
    defaultValue: "Standard:",
    moreFields: "weitere Felder möglich",
    noFields: "keine Felder",
  },
  en: {
    title: "JSON API",
    machineReadable: "Machine-readable as OpenAPI 3.1:",
    contents: "Contents",
    authentication: "Authentication",
    authenticationIntro: "The endpoints under /api/admin require a coordinator, signed in in one of these ways:",
    schemas: "Schemas",
    schemasIntro: "The response bodies; fields without “yes” under “Required” may be absent.",
    access: "Access",
    public: "public, no sign-in",
    coordinators: "coordinators: API token (bearer) or session cookie",
    coordinatorsChanging: "coordinators: API token (bearer) or session cookie with X-CSRF-Token",
    parameters: "Parameters",
    requestBody: "Request body",
    optionalBody: "(optional)",
    responses: "Responses",
    name: "Name",
    in: "In",
    places: { path: "path", query: "query", header: "header", cookie: "cookie" } as Record<string, string>,
    type: "Type",
    required: "Required",
    yes: "yes",
    no: "no",
    description: "Description",
    field: "Field",
    status: "Status",
    meaning: "Meaning",
    content: "Content",
    headers: "Headers",
    none: "no content",
    oneOf: "one of",
    arrayOf: "array of",
    keys: "keys",
    onlyWhen: "only when",
    readOnly: "read-only",
    notEmpty: "not empty",
    minLength: (n: number) => `at least ${n} characters`,
    maxLength: (n: number) => `at most ${n} characters`,
    minItems: (n: number) => `at least ${n} ${n === 1 ? "item" : "items"}`,
    maxItems: (n: number) => `at most ${n} ${n === 1 ? "item" : "items"}`,
    minimum: (n: number) => `at least ${n}`,
    maximum: (n: number) => `at most ${n}`,
    pattern: "pattern:",
    defaultValue: "default:",
    moreFields: "more fields possible",
    noFields: "no fields",
  },
} as const;
type Texts = (typeof texts)[ConsoleLocale];

interface Described {
  description?: string;
  "x-description-de"?: string;
}
interface Operation extends Described {
  operationId: string;
  tags: string[];
  summary: string;
  "x-summary-de": string;
  security?: Record<string, string[]>[];
  parameters?: (Described & { name: string; in: string; required: boolean; schema: JsonSchema })[];
  requestBody?: Described & { required: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, ResponseObject | { $ref: string }>;
}
interface ResponseObject extends Described {
  headers?: Record<string, Described & { schema: JsonSchema }>;
  content?: Record<string, { schema: JsonSchema }>;
}

const say = (item: Described, locale: Locale) =>
  consoleLocaleOf(locale) === "de" ? item["x-description-de"] : item.description;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const componentName = (ref: string) => ref.slice(ref.lastIndexOf("/") + 1);
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
function constraints(schema: JsonSchema, t: Texts): Note[] {
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
function typeOf(schema: JsonSchema, t: Texts): Child {
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

function joinTypes(parts: Child[]): Child {
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

function Cell(props: { label: string; children: Child }) {
  return <td data-label={props.label}>{props.children}</td>;
}

/** A text of the document: `code` spans as code, the rest as it is (nothing else of Markdown is used). */
function Prose(props: { text: string | undefined }) {
  if (!props.text) return null;
  return <>{props.text.split(/`([^`]+)`/).map((part, index) => (index % 2 === 1 ? <code>{part}</code> : part))}</>;
}

/** A field's description, then its rules as one sentence; a dash when there is neither. */
function Notes(props: { description: string | undefined; notes: Note[] }) {
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

function FieldTable(props: { schema: JsonSchema; t: Texts; locale: Locale }) {
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

function Parameters(props: { operation: Operation; t: Texts; locale: Locale; headingId: string }) {
  const { t } = props;
  const parameters = props.operation.parameters ?? [];
  if (parameters.length === 0) return null;
  return (
    <>
      <h4 id={props.headingId}>{t.parameters}</h4>
      <table class="stack" aria-labelledby={props.headingId}>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.in}</th>
            <th scope="col">{t.type}</th>
            <th scope="col">{t.required}</th>
            <th scope="col">{t.description}</th>
          </tr>
        </thead>
        <tbody>
          {parameters.map((p) => {
            const description = say(p, props.locale);
            return (
              <tr>
                <Cell label={t.name}>
                  <code>{p.name}</code>
                </Cell>
                <Cell label={t.in}>{t.places[p.in] ?? p.in}</Cell>
                <Cell label={t.type}>{typeOf(p.schema, t)}</Cell>
                <Cell label={t.required}>{p.required ? t.yes : t.no}</Cell>
                <Cell label={t.description}>
                  <Notes description={description} notes={constraints(p.schema, t)} />
                </Cell>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

function RequestBody(props: { operation: Operation; t: Texts; locale: Locale }) {
  const { t } = props;
  const body = props.operation.requestBody;
  if (!body) return null;
  const description = say(body, props.locale);
  return (
    <>
      <h4>
        {t.requestBody}
        {body.required ? "" : ` ${t.optionalBody}`}
      </h4>
      {description ? (
        <p>
          <Prose text={description} />
        </p>
      ) : null}
      {Object.entries(body.content).map(([type, { schema }]) => (
        <>
          <p>
            <code>{type}</code>
          </p>
          {schema.type === "string" ? null : <FieldTable schema={schema} t={t} locale={props.locale} />}
        </>
      ))}
    </>
  );
}

function Responses(props: { operation: Operation; document: OpenApiDocument; t: Texts; locale: Locale }) {
  const { t } = props;
  const shared = props.document.components.responses as Record<string, ResponseObject>;
  const resolve = (r: ResponseObject | { $ref: string }): ResponseObject =>
    "$ref" in r ? (shared[componentName(r.$ref)] ?? {}) : r;
  return (
    <>
      <h4>{t.responses}</h4>
      <table class="stack">
        <thead>
          <tr>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.meaning}</th>
            <th scope="col">{t.content}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(props.operation.responses).map(([status, given]) => {
            const response = resolve(given);
            const headers = Object.keys(response.headers ?? {});
            return (
              <tr>
                <Cell label={t.status}>{status}</Cell>
                <Cell label={t.meaning}>
                  <Prose text={say(response, props.locale)} />
                  {headers.length > 0 ? (
                    <>
                      {" "}
                      ({t.headers}: {joinTypes(headers.map((h) => <code>{h}</code>))})
                    </>
                  ) : null}
                </Cell>
                <Cell label={t.content}>
                  {response.content
                    ? joinTypes(
                        Object.entries(response.content).map(([type, { schema }]) => (
                          <>
                            <code>{type}</code> {schema.type === "string" ? null : typeOf(schema, t)}
                          </>
                        )),
                      )
                    : t.none}
                </Cell>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

function OperationSection(props: {
  method: string;
  path: string;
  operation: Operation;
  document: OpenApiDocument;
  locale: Locale;
}) {
  const t = texts[consoleLocaleOf(props.locale)];
  const { operation } = props;
  const description = say(operation, props.locale);
  const changing = operation.security?.some((requirement) => "csrfToken" in requirement);
  return (
    <section class="card" aria-labelledby={`op-${operation.operationId}`}>
      <h3 id={`op-${operation.operationId}`}>
        <code>
          {props.method.toUpperCase()} {props.path}
        </code>
      </h3>
      <p>
        <strong>{props.locale === "de" ? operation["x-summary-de"] : operation.summary}</strong>
      </p>
      {description ? (
        <p>
          <Prose text={description} />
        </p>
      ) : null}
      <p>
        {t.access}: {operation.security ? (changing ? t.coordinatorsChanging : t.coordinators) : t.public}
      </p>
      <Parameters
        operation={operation}
        t={t}
        locale={props.locale}
        headingId={`op-${operation.operationId}-parameters`}
      />
      <RequestBody operation={operation} t={t} locale={props.locale} />
      <Responses operation={operation} document={props.document} t={t} locale={props.locale} />
    </section>
  );
}

export function ApiReferencePage(props: { document: OpenApiDocument; locale: Locale }) {
  const { document, locale } = props;
  const t = texts[consoleLocaleOf(locale)];
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Operation>).map(([method, operation]) => ({ path, method, operation })),
  );
  const tagName = (tag: (typeof document.tags)[number]) => (locale === "de" ? tag["x-name-de"] : tag.name);
  const tagId = (index: number) => `tag-${index + 1}`;
  const schemes = document.components.securitySchemes;
  return (
    <Layout
      locale={consoleLocaleOf(locale)}
      title={t.title}
      path="/api/docs"
      languages={CONSOLE_LOCALES}
      alternates={false}
    >
      <h1 id="page-title">{t.title}</h1>
      <p>
        <Prose text={say(document.info, locale)} />
      </p>
      <p>
        {t.machineReadable} <a href="/api/openapi.json">/api/openapi.json</a>
      </p>
      <nav aria-labelledby="contents">
        <h2 id="contents">{t.contents}</h2>
        <ul>
          <li>
            <a href="#authentication">{t.authentication}</a>
          </li>
          {document.tags.map((tag, index) => (
            <li>
              <a href={`#${tagId(index)}`}>{tagName(tag)}</a>
            </li>
          ))}
          <li>
            <a href="#schemas">{t.schemas}</a>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="authentication">
        <h2 id="authentication">{t.authentication}</h2>
        <p>{t.authenticationIntro}</p>
        <dl>
          {Object.values(schemes).map((scheme) => (
            <>
              <dt>
                <code>
                  {"bearerFormat" in scheme
                    ? `Authorization: Bearer ${scheme.bearerFormat}`
                    : `${t.places[scheme.in] ?? scheme.in}: ${scheme.name}`}
                </code>
              </dt>
              <dd>
                <Prose text={say(scheme, locale)} />
              </dd>
            </>
          ))}
        </dl>
      </section>
      {document.tags.map((tag, index) => (
        <section aria-labelledby={tagId(index)}>
          <h2 id={tagId(index)}>{tagName(tag)}</h2>
          <p>
            <Prose text={say(tag, locale)} />
          </p>
          <ul>
            {operations
              .filter(({ operation }) => operation.tags.includes(tag.name))
              .map(({ method, path, operation }) => (
                <li>
                  <a href={`#op-${operation.operationId}`}>
                    <code>
                      {method.toUpperCase()} {path}
                    </code>
                  </a>
                </li>
              ))}
          </ul>
          {operations
            .filter(({ operation }) => operation.tags.includes(tag.name))
            .map(({ method, path, operation }) => (
              <OperationSection method={method} path={path} operation={operation} document={document} locale={locale} />
            ))}
        </section>
      ))}
      <section aria-labelledby="schemas">
        <h2 id="schemas">{t.schemas}</h2>
        <p>{t.schemasIntro}</p>
        {Object.entries(document.components.schemas).map(([name, schema]) => (
          <section aria-labelledby={`schema-${name}`}>
            <h3 id={`schema-${name}`}>
              <code>{name}</code>
            </h3>
            <p>
              <Prose text={say(schema as Described, locale)} />
            </p>
            <FieldTable schema={schema} t={t} locale={locale} />
          </section>
        ))}
      </section>
    </Layout>
  );
}
