import type { Child } from "hono/jsx";

/**
 * The annual report's charts (issue 23): SVG drawn on the server, no script, no inline style (the CSP allows
 * neither; colours are SVG attributes). Each is a `figure` with its caption; the SVG is one image with a name
 * (`role="img"`), and the page puts the same numbers in a table right after it. The drawing is 400 units wide
 * and scales to the column (at most 34rem): on a phone at 390 px its 13 units of text are 11 px, on a wide
 * screen about 17 px.
 */

/** Dark enough against white for lines and bars (WCAG 1.4.11: 3:1 and more), told apart by dashes too. */
const COLOURS = ["#1d4f91", "#a4262c", "#2e6b30", "#6a1b9a", "#7a4a00", "#37474f"];
const DASHES = ["", "6 3", "2 3", "8 3 2 3", "12 4", "1 3"];
export const OUTCOME_COLOURS = { accepted: "#2e6b30", declined: "#a4262c", withdrawn: "#5f5f5f", open: "#1d4f91" };

const WIDTH = 400;
const LEFT = 40;
const RIGHT = 8;
const TOP = 10;

export interface Series {
  label: string;
  values: (number | null)[];
}

/** A round upper bound for an axis and its step: 4 steps of 1, 2, 5, 10, 20, 25, 50, … */
export function axisScale(max: number): { top: number; step: number } {
  const steps = [1, 2, 5];
  for (let power = 1; ; power *= 10) {
    for (const s of steps) {
      const step = s * power;
      if (step * 4 >= max) return { top: step * 4, step };
    }
  }
}

function Axis(props: { top: number; step: number; height: number }) {
  const lines: Child[] = [];
  for (let value = 0; value <= props.top; value += props.step) {
    const y = TOP + props.height - (value / props.top) * props.height;
    lines.push(
      <>
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={y} y2={y} stroke="#c4c4c4" stroke-width="1" />
        <text x={LEFT - 4} y={y + 4} text-anchor="end" font-size="13" fill="#1a1a1a">
          {value}
        </text>
      </>,
    );
  }
  return <g>{lines}</g>;
}

function Legend(props: { items: { label: string; colour: string; dash?: string; bar?: boolean }[] }) {
  return (
    <ul class="legend">
      {props.items.map((item) => (
        <li>
          <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
            {item.bar ? (
              <rect x="4" y="1" width="20" height="10" fill={item.colour} />
            ) : (
              <line
                x1="1"
                x2="27"
                y1="6"
                y2="6"
                stroke={item.colour}
                stroke-width="3"
                {...(item.dash ? { "stroke-dasharray": item.dash } : {})}
              />
            )}
          </svg>{" "}
          {item.label}
        </li>
      ))}
    </ul>
  );
}

function Figure(props: { title: string; caption: string; children: Child; legend?: Child }) {
  return (
    <figure class="chart">
      <figcaption>
        <strong>{props.title}</strong> {props.caption}
      </figcaption>
      {props.children}
      {props.legend}
    </figure>
  );
}

/** One line per series over the months (members per table); a gap where a month has no value. */
export function LineChart(props: { title: string; caption: string; labels: string[]; series: Series[] }) {
  const height = 180;
  const max = Math.max(1, ...props.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const { top, step } = axisScale(max);
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, props.labels.length);
  const x = (i: number) => LEFT + slot * (i + 0.5);
  const y = (v: number) => TOP + height - (v / top) * height;
  return (
    <Figure
      title={props.title}
      caption={props.caption}
      legend={
        <Legend
          items={props.series.map((s, i) => ({
            label: s.label,
            colour: COLOURS[i % COLOURS.length] as string,
            dash: DASHES[i % DASHES.length] as string,
          }))}
        />
      }
    >
      <svg viewBox={`0 0 ${WIDTH} ${height + TOP + 26}`} role="img" aria-label={props.title}>
        <Axis top={top} step={step} height={height} />
        {props.labels.map((label, i) => (
          <text x={x(i)} y={TOP + height + 18} text-anchor="middle" font-size="13" fill="#1a1a1a">
            {label}
          </text>
        ))}
        {props.series.map((s, index) => {
          const colour = COLOURS[index % COLOURS.length] as string;
          const dash = DASHES[index % DASHES.length] as string;
          // A path per run of months with values: a month not counted breaks the line.
          let d = "";
          let pen = "M";
          s.values.forEach((v, i) => {
            if (v === null) {
              pen = "M";
              return;
            }
            d += `${pen}${x(i).toFixed(1)},${y(v).toFixed(1)} `;
            pen = "L";
          });
          return (
            <g>
              <path
                d={d.trim() || "M0,0"}
                fill="none"
                stroke={colour}
                stroke-width="2.5"
                {...(dash ? { "stroke-dasharray": dash } : {})}
              />
              {s.values.map((v, i) =>
                v === null ? null : <circle cx={x(i).toFixed(1)} cy={y(v).toFixed(1)} r="2.5" fill={colour} />,
              )}
            </g>
          );
        })}
      </svg>
    </Figure>
  );
}

/** Bars per month, stacked by outcome (applications per month). */
export function StackedBars(props: {
  title: string;
  caption: string;
  labels: string[];
  parts: { label: string; colour: string; values: number[] }[];
}) {
  const height = 160;
  const totals = props.labels.map((_, i) => props.parts.reduce((sum, part) => sum + (part.values[i] ?? 0), 0));
  const { top, step } = axisScale(Math.max(1, ...totals));
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, props.labels.length);
  const bar = Math.min(24, slot * 0.7);
  return (
    <Figure
      title={props.title}
      caption={props.caption}
      legend={<Legend items={props.parts.map((p) => ({ label: p.label, colour: p.colour, bar: true }))} />}
    >
      <svg viewBox={`0 0 ${WIDTH} ${height + TOP + 26}`} role="img" aria-label={props.title}>
        <Axis top={top} step={step} height={height} />
        {props.labels.map((label, i) => {
          let base = TOP + height;
          const x = LEFT + slot * i + (slot - bar) / 2;
          return (
            <g>
              {props.parts.map((part) => {
                const h = ((part.values[i] ?? 0) / top) * height;
                base -= h;
                return h > 0 ? (
                  <rect
                    x={x.toFixed(1)}
                    y={base.toFixed(1)}
                    width={bar.toFixed(1)}
                    height={h.toFixed(1)}
                    fill={part.colour}
                  />
                ) : null;
              })}
              <text
                x={(x + bar / 2).toFixed(1)}
                y={TOP + height + 18}
                text-anchor="middle"
                font-size="13"
                fill="#1a1a1a"
              >
                {label}
              </text>
            </g>
          );
        })}
      </svg>
    </Figure>
  );
}

/** One horizontal bar per item with its label and value (attendance per meeting). */
export function HorizontalBars(props: { title: string; caption: string; items: { label: string; value: number }[] }) {
  const row = 24;
  const labelWidth = 150;
  const height = props.items.length * row;
  const max = Math.max(1, ...props.items.map((i) => i.value));
  const span = WIDTH - labelWidth - RIGHT - 28;
  return (
    <Figure title={props.title} caption={props.caption}>
      <svg viewBox={`0 0 ${WIDTH} ${height + 4}`} role="img" aria-label={props.title}>
        {props.items.map((item, i) => {
          const y = i * row + 4;
          const w = (item.value / max) * span;
          return (
            <g>
              <text x={labelWidth - 6} y={y + 15} text-anchor="end" font-size="13" fill="#1a1a1a">
                {item.label.length > 26 ? `${item.label.slice(0, 25)}…` : item.label}
              </text>
              <rect x={labelWidth} y={y + 3} width={Math.max(w, 1).toFixed(1)} height="16" fill={COLOURS[0]} />
              <text x={(labelWidth + w + 4).toFixed(1)} y={y + 15} font-size="13" fill="#1a1a1a">
                {item.value}
              </text>
            </g>
          );
        })}
      </svg>
    </Figure>
  );
}
