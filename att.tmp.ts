import { readFileSync } from "node:fs";
import { ATTACKS } from "./scripts/attacks.js";
const pid = Number(process.env.PID);
const cpu = () => { const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" "); return (Number(f[11]) + Number(f[12])) * 10; };
const a = ATTACKS[Number(process.argv[2])]!;
const c0 = cpu();
const r = a.start(4170);
const lat: number[] = [];
const t0 = performance.now();
while (performance.now() - t0 < 5000) { const t = performance.now(); await fetch("http://127.0.0.1:4170/livez"); lat.push(performance.now() - t); await new Promise((res) => setTimeout(res, 20)); }
await r.stop();
lat.sort((x, y) => x - y);
console.log(a.name, JSON.stringify(r.tally), "server cpu ms", cpu() - c0, "victim n", lat.length, "p50", Math.round(lat[lat.length >> 1]!), "max", Math.round(lat.at(-1)!));
