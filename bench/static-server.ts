import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";

// The baseline for bench/buurt-page.ts: what Node itself costs to send the same bytes.
// It reads the file once and does no work per request, so anything the portal adds on
// top (routing, rendering, database) shows up in the ratio. Run as its own process, like
// the portal, so neither server shares an event loop with the load generator.
//
//   node --import tsx bench/static-server.ts FILE CONTENT-TYPE
// prints "listening PORT" once it accepts connections (on a free port on 127.0.0.1).

const [file, contentType] = process.argv.slice(2);
if (!file || !contentType) {
  console.error("usage: static-server.ts FILE CONTENT-TYPE");
  process.exit(2);
}

const body = fs.readFileSync(file);
const server = http.createServer((_request, response) => {
  response.writeHead(200, { "content-type": contentType, "content-length": body.length });
  response.end(body);
});

server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`listening ${(server.address() as AddressInfo).port}\n`);
});
