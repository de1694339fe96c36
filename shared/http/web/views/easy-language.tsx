import type { Child } from "hono/jsx";
import type { PublicWorkTable } from "../../../domain/work-table.ts";
import { type EasyBlock, easyLanguage, easyTableName } from "../../../i18n/de/easy-language.ts";
import { Layout } from "../../ui/layout.tsx";

/** A line of easy German with its **terms** in bold and its [links](/path) (site paths only). */
function Inline(props: { text: string }): Child {
  const parts = props.text.split(/(\*\*[^*]+\*\*|\[[^\]]+\]\(\/[^)\s]*\))/g);
  return (
    <>
      {parts.map((part) => {
        const term = /^\*\*([^*]+)\*\*$/.exec(part);
        if (term) return <strong>{term[1]}</strong>;
        const link = /^\[([^\]]+)\]\((\/[^)\s]*)\)$/.exec(part);
        if (link) return <a href={link[2]}>{link[1]}</a>;
        return part;
      })}
    </>
  );
}

function Block(props: { block: EasyBlock; tables: PublicWorkTable[] }): Child {
  const { block } = props;
  if (typeof block === "string") {
    return (
      <p>
        <Inline text={block} />
      </p>
    );
  }
  if ("steps" in block) {
    return (
      <ol>
        {block.steps.map((step) => (
          <li>
            <Inline text={step} />
          </li>
        ))}
      </ol>
    );
  }
  if (props.tables.length === 0) return null;
  return (
    <>
      <p>{block.tables}</p>
      <ul>
        {props.tables.map((table) => (
          <li>
            <a href={`/arbeitstische/${table.id}`}>{easyTableName(table)}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The network in Leichte Sprache (easy German), from i18n/de/easy-language.ts. German only: Leichte Sprache is a
 * form of German. The work tables are the network's own data.
 */
export function EasyLanguagePage(props: { tables: PublicWorkTable[] }) {
  return (
    <Layout locale="de" title={easyLanguage.title} path="/leichte-sprache" languages={["de"]} alternates={false}>
      <h1 id="page-title">{easyLanguage.title}</h1>
      {easyLanguage.sections.map((section) => (
        <>
          <h2>{section.heading}</h2>
          {section.blocks.map((block) => (
            <Block block={block} tables={props.tables} />
          ))}
        </>
      ))}
    </Layout>
  );
}
