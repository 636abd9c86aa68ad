import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface IntranetPage {
  /** On `localhost`, so it is another origin than the bot's 127.0.0.1. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** An intranet page of another origin that embeds the assistant with the documented script snippet. */
export async function startIntranetPage(botUrl: () => string): Promise<IntranetPage> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><title>Intranet</title></head><body>
<h1>Rheumatology intranet</h1>
<div id="trial-screening-assistant"></div>
<script src="${botUrl()}/embed.js" data-target="trial-screening-assistant" data-height="600px" async></script>
</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return { url: `${origin}/`, origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
