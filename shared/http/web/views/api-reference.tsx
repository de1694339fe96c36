import { CONSOLE_LOCALES, consoleLocaleOf, type Locale } from "../../../domain/locale.ts";
import type { OpenApiDocument } from "../../api/openapi/document.ts";
import type { JsonSchema } from "../../api/openapi/kit.ts";
import { Layout } from "../../ui/layout.tsx";
import { type Described, say, type Texts, texts } from "./api-reference-texts.ts";
import { Cell, componentName, constraints, FieldTable, joinTypes, Notes, Prose, typeOf } from "./api-schema.tsx";

/**
 * `GET /api/docs`: the OpenAPI document as a page a person reads, German first. Everything on it comes from the
 * document (api/openapi/document.ts), so the page and the machine-readable description cannot say different things. No
 * script: every operation, parameter, body field and response is written out.
 */

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
