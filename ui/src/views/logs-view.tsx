/** The gateway log tail (logs.tail with a cursor), polled while the page is connected. */
import { useEffect, useRef, useState } from "preact/hooks";
import { errorText } from "../controller";
import { useAppState, useController } from "../hooks";
import { formatClock } from "../format";

const POLL_MS = 2000;
const KEEP_LINES = 400;

interface LogLine {
  n: number;
  time?: string;
  level: string;
  subsystem?: string;
  msg: string;
}

function parse(line: string, n: number): LogLine {
  try {
    const r = JSON.parse(line) as { time?: string; level?: string; subsystem?: string; msg?: string; fields?: unknown };
    const fields = r.fields && typeof r.fields === "object" ? ` ${JSON.stringify(r.fields)}` : "";
    return { n, time: r.time, level: r.level ?? "info", subsystem: r.subsystem, msg: `${r.msg ?? ""}${fields}` };
  } catch {
    return { n, level: "info", msg: line };
  }
}

export function LogsView() {
  const c = useController();
  const { status, epoch } = useAppState();
  const [lines, setLines] = useState<LogLine[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [paused, setPaused] = useState(false);
  const [file, setFile] = useState("");
  const boxRef = useRef<HTMLOListElement>(null);
  const connected = status.phase === "connected";

  useEffect(() => {
    if (!connected || paused) return;
    let cursor: number | undefined;
    let counter = 0;
    let timer = 0;
    let live = true;
    const poll = async () => {
      try {
        const r = await c.request<{ file: string; cursor: number; lines: string[]; reset?: boolean }>("logs.tail", cursor === undefined ? { limit: 200 } : { cursor, limit: 500 });
        if (!live) return;
        const fresh = r.lines.map((l) => parse(l, counter++));
        setLines((prev) => (r.reset || cursor === undefined ? fresh : [...prev, ...fresh]).slice(-KEEP_LINES));
        setFile(r.file);
        setError(null);
        cursor = r.cursor;
      } catch (err) {
        if (live) setError(errorText(err));
      }
      if (live) timer = window.setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [c, connected, paused, epoch]);

  useEffect(() => {
    const el = boxRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [lines]);

  return (
    <section class="card wide" aria-labelledby="logs-title">
      <div class="card-head">
        <h2 id="logs-title">Log</h2>
        <button type="button" class="ghost" aria-pressed={paused} onClick={() => setPaused(!paused)}>
          {paused ? "Resume" : "Pause"}
        </button>
      </div>
      {file && <p class="hint">{file}</p>}
      {error && <p class="error">{error}</p>}
      <ol class="logs" ref={boxRef} aria-label="Log lines" tabIndex={0}>
        {lines.map((l) => (
          <li key={l.n} class={`lvl-${l.level}`}>
            <time>{formatClock(l.time)}</time> <span class="lvl">{l.level}</span> {l.subsystem && <span class="sub">[{l.subsystem}]</span>} {l.msg}
          </li>
        ))}
      </ol>
    </section>
  );
}
