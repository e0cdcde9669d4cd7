/**
 * `npm run compat:gen`: writes docs/compatibility.md — every method upstream OpenClaw advertises, marked
 * implemented / empty-state / absent against the live registry of a gateway with every built-in plugin.
 * A test regenerates it in memory and fails when the committed file is stale.
 */
import { writeFileSync } from "node:fs";
import { collectProtocol } from "./protocol/collect.js";
import { COMPAT_DOC, renderCompatibility } from "./compat/render.js";

const { methods } = await collectProtocol();
writeFileSync(COMPAT_DOC, renderCompatibility(methods));
console.log(`wrote ${COMPAT_DOC}`);
