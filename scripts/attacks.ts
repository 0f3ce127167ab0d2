/**
 * The attacks of issue 13, each a bounded loop of hostile traffic from its own loopback
 * address (127.0.0.2 …, so per-address limits tell it from the victim at 127.0.0.1),
 * sent only to the service under test on 127.0.0.1.
 */
import { Agent, request } from "node:http";
import { connect, type Socket } from "node:net";

/** What an attack did: requests sent and the answers by HTTP status ("reset" for none). */
export interface AttackTally {
  sent: number;
  answers: Record<string, number>;
}

/** A running attack: stop() ends it and resolves once its sockets are closed. */
export interface RunningAttack {
  readonly tally: AttackTally;
  /** Resolves once the attack is at full strength (after what it asks first, its sockets all opened); unset: at once. */
  readonly ready?: Promise<void>;
  stop(): Promise<void>;
}

/** An attack: starts against `port` and runs until stopped. */
export interface Attack {
  readonly name: string;
  /** What it sends, for the table. */
  readonly what: string;
  start(port: number): RunningAttack;
}

let nonce = 0;
const unique = () => `${process.pid.toString(36)}${(nonce++).toString(36)}`;
const words = (n: number) =>
  Array.from({ length: n }, () => Math.random().toString(36).slice(2, 8)).join(", ");

/**
 * Keeps `concurrency` POSTs of `body()` going from `address` over keep-alive
 * connections, counting answers by status.
 */
function postLoop(
  address: string,
  concurrency: number,
  body: () => string,
): (port: number) => RunningAttack {
  return (port) => {
    const agent = new Agent({ keepAlive: true, maxSockets: concurrency, localAddress: address });
    const tally: AttackTally = { sent: 0, answers: {} };
    let running = true;
    const count = (key: string) => {
      tally.answers[key] = (tally.answers[key] ?? 0) + 1;
    };
    const one = (): Promise<void> =>
      new Promise((resolve) => {
        const payload = body();
        tally.sent++;
        const req = request(
          {
            host: "127.0.0.1",
            port,
            path: "/graphql",
            method: "POST",
            agent,
            headers: {
              "content-type": "application/json",
              "content-length": Buffer.byteLength(payload),
            },
          },
          (res) => {
            count(String(res.statusCode));
            res.resume();
            res.on("end", resolve);
            res.on("error", resolve);
          },
        );
        req.on("error", () => {
          count("reset");
          setTimeout(resolve, 20);
        });
        req.end(payload);
      });
    const loops = Array.from({ length: concurrency }, async () => {
      while (running) await one();
    });
    return {
      tally,
      async stop() {
        running = false;
        await Promise.all(loops);
        agent.destroy();
      },
    };
  };
}

/**
 * Keeps up to `sockets` raw connections open from `address`, each started by `open`
 * (which writes what it wants and may keep writing); a closed one is opened again after
 * `reopenMs`.
 */
function socketLoop(
  address: string,
  sockets: number,
  open: (socket: Socket, tally: AttackTally) => void,
  reopenMs = 200,
): (port: number) => RunningAttack {
  return (port) => {
    const tally: AttackTally = { sent: 0, answers: {} };
    const live = new Set<Socket>();
    let running = true;
    const add = () => {
      if (!running) return;
      const socket = connect({ host: "127.0.0.1", port, localAddress: address });
      live.add(socket);
      tally.sent++;
      socket.on("error", () => undefined);
      socket.on("close", () => {
        live.delete(socket);
        tally.answers.closed = (tally.answers.closed ?? 0) + 1;
        if (running) setTimeout(add, reopenMs);
      });
      socket.on("connect", () => open(socket, tally));
    };
    // Opened in batches, so the attacker's own event loop keeps up; ready once all are
    // opened (3000 take 0.3 s), so the head start the suite gives begins at full strength.
    let opened = 0;
    let allOpened = () => {};
    const ready = new Promise<void>((resolve) => {
      allOpened = resolve;
    });
    const opener = setInterval(() => {
      for (let i = 0; i < 100 && opened < sockets; i++, opened++) add();
      if (opened >= sockets || !running) {
        clearInterval(opener);
        allOpened();
      }
    }, 10);
    return {
      tally,
      ready,
      async stop() {
        running = false;
        clearInterval(opener);
        allOpened();
        for (const s of live) s.destroy();
        await new Promise((r) => setTimeout(r, 100));
      },
    };
  };
}

/** Names of the symptoms, causes and conditions the service knows (one ordinary query). */
async function evidenceNames(port: number): Promise<string[]> {
  const names: string[] = [];
  for (const kind of ["SYMPTOM", "CAUSE", "CONDITION"]) {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `{ entities(kind: ${kind}, first: 100) { edges { node { name } } } }`,
      }),
    });
    const body = (await res.json()) as {
      data?: { entities: { edges: { node: { name: string } }[] } };
    };
    for (const e of body.data?.entities.edges ?? [])
      names.push(e.node.name.replace(/[,;.!?]/g, " "));
  }
  return names;
}

/** A read's worth (64 KiB) of pipelined GETs: what Node parses in one go, about 2 000. */
const PIPELINED = "GET /livez HTTP/1.1\r\nHost: x\r\n\r\n".repeat(2048);

/** The attacks, most dangerous first, then those of later red-team rounds. */
export const ATTACKS: readonly Attack[] = [
  {
    name: "compile bomb",
    what: "the issue's 9 aliases × relations³ over 7 entity types (old cost 19 998), new alias names each time, 2 at once",
    start: postLoop("127.0.0.2", 2, () => {
      const id = unique();
      const chain = "relations { entity { relations { entity { relations { entity { id } } } } } }";
      const aliases = Array.from(
        { length: 9 },
        (_, i) => `a${id}${i}: entity(id: "knee") { ${chain} }`,
      );
      return JSON.stringify({ query: `{ ${aliases.join(" ")} }` });
    }),
  },
  {
    name: "comment padding",
    what: "{ __typename } + a 97 KB comment with a non-Latin-1 letter, new each time, 2 at once",
    start: postLoop("127.0.0.3", 2, () =>
      JSON.stringify({ query: `{ __typename } # é${unique()}${"x".repeat(97_000)}` }),
    ),
  },
  {
    name: "CPU flood",
    what: "20 aliased traces × 20 inputs of random comma-separated words (~80 KB), 1 connection",
    start: postLoop("127.0.0.4", 1, () => {
      const fields = Array.from({ length: 20 }, (_, i) => {
        const inputs = Array.from({ length: 20 }, () => JSON.stringify(words(30).slice(0, 195)));
        return `t${i}: trace(symptoms: [${inputs.join(",")}]) { disclaimer }`;
      });
      return JSON.stringify({ query: `{ ${fields.join(" ")} }` });
    }),
  },
  {
    name: "costly traces at once",
    what: "16 connections of accepted traces just under the cost limit (160 cold text searches each)",
    start: postLoop("127.0.0.7", 16, () => {
      const inputs = Array.from({ length: 20 }, () => words(7));
      return JSON.stringify({
        query: "query($s: [String!]!) { trace(symptoms: $s) { disclaimer } }",
        variables: { s: inputs },
      });
    }),
  },
  {
    name: "amplification, never read",
    what: "500 sockets each send 3 traces at limit 50 of 20 real complaints, matched→relations→relations, never read",
    start: (port) => {
      // Real names of distinct entities, so `matched` fills up (~80 entities, hubs among them).
      let query = "";
      const loop = socketLoop("127.0.0.5", 500, (socket) => {
        // An unused variable makes each request new: no response cache shares the answer.
        const body = JSON.stringify({ query, variables: { n: unique() } });
        socket.pause();
        socket.write(
          `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
        );
      });
      let running: RunningAttack | null = null;
      const ready = evidenceNames(port).then(async (names) => {
        const inputs = JSON.stringify(
          Array.from({ length: 20 }, (_, i) =>
            Array.from({ length: 5 }, (_, j) => names[(i * 5 + j) % names.length])
              .join(", ")
              .slice(0, 195),
          ),
        );
        const chain = "matched { entity { relations { entity { relations { entity { id } } } } } }";
        const fields = Array.from(
          { length: 3 },
          (_, i) => `t${i}: trace(symptoms: ${inputs}, limit: 50) { ${chain} }`,
        );
        query = `{ ${fields.join(" ")} }`;
        running = loop(port);
        await running.ready;
      });
      const tally: AttackTally = { sent: 0, answers: {} };
      return {
        tally,
        ready,
        async stop() {
          await ready;
          await running?.stop();
          Object.assign(tally, running?.tally);
        },
      };
    },
  },
  {
    name: "idle and slow sockets",
    what: "3000 sockets from one address, reopened a second after they close: half idle, half sending a header line a second",
    start: socketLoop(
      "127.0.0.6",
      3000,
      (socket) => {
        if (Math.random() < 0.5) return;
        socket.write("GET /health HTTP/1.1\r\n");
        const drip = setInterval(() => {
          if (socket.destroyed) clearInterval(drip);
          else socket.write(`x-slow-${unique()}: 1\r\n`);
        }, 1000);
        socket.on("close", () => clearInterval(drip));
      },
      1000,
    ),
  },
  {
    name: "pipelined requests",
    what: "100 sockets each write 64 KiB of pipelined GETs (2048 at once), reopened 200 ms after they close",
    start: socketLoop("127.0.0.8", 100, (socket) => {
      socket.resume();
      socket.write(PIPELINED);
    }),
  },
  {
    name: "repeated fields",
    what: "500 × stats { nodeCount } (10 KB; graphql-js compares every pair), new each time, 16 at once",
    start: postLoop("127.0.0.9", 16, () =>
      JSON.stringify({ query: `{ ${"stats { nodeCount } ".repeat(500)} } # ${unique()}` }),
    ),
  },
];
