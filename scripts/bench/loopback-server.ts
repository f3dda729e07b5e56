import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

// A loopback API in its own process, answering every request with one small JSON entity: the
// client under test gets its core to itself, as it would against a real API.
const body = JSON.stringify({ id: "9b2f6a4c-1d3e-4f5a-8b7c-6d5e4f3a2b1c", entityType: "person", firstName: "Ada", lastName: "Lovelace" });
const server = createServer((request, response) => {
  request.resume();
  request.on("end", () => response.writeHead(200, { "content-type": "application/json" }).end(body));
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => console.log((server.address() as AddressInfo).port));
process.on("disconnect", () => process.exit(0));
