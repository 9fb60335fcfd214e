// Latency and memory of tiktok-live-connector through real connections to the fake TikTok.
//
// Usage: node peer_node_live.mjs PACKAGE_DIR URLS_JSON ROOMS_JSON. Connects one TikTokLiveConnection
// per room to the fake whose urls are given, then prints {"rss_before_mib", "rss_after_mib"}; then
// reads one line {"expect": N, "timeout": S} and, once every connection has seen N events of the busy
// mix (or after S seconds), prints {"lags_ns": [...]}: for each event, the wall clock at the handler
// minus the fake's send stamp (common.clientSendTime).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

const [packageDir, urlsJson, roomsJson] = process.argv.slice(2);
const lib = await import(pathToFileURL(join(packageDir, 'dist', 'index.js')).href);
const urls = JSON.parse(urlsJson);
const rooms = JSON.parse(roomsJson);
// Node speaks https to loopback names and addresses; 0.0.0.0 reaches the same listener over http.
const host = (url) => new URL(url).host.replace('127.0.0.1', '0.0.0.0');
lib.SignConfig.basePath = urls.sign.replace('127.0.0.1', '0.0.0.0');

const rss = () => process.memoryUsage().rss / 2 ** 20;
const nowNs = () => (performance.timeOrigin + performance.now()) * 1e6;
const lags = [];
const rssBefore = rss();
const connections = [];
for (const room of rooms) {
    const connection = new lib.TikTokLiveConnection(room, {
        webConfigOverrides: { TIKTOK_HOST_WEB: host(urls.web), TIKTOK_HOST_WEBCAST: host(urls.webcast) },
    });
    // One event per message of the busy mix (follow and share replace social).
    for (const name of ['chat', 'gift', 'like', 'member', 'roomUser', 'social', 'follow', 'share']) {
        connection.on(name, (data) => { lags.push(nowNs() - Number(data.common.clientSendTime)); });
    }
    await connection.connect();
    connections.push(connection);
}
await new Promise((resolve) => setTimeout(resolve, 1000)); // let the first heartbeats go by
console.log(JSON.stringify({ rss_before_mib: rssBefore, rss_after_mib: rss() }));

const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const order = JSON.parse((await lines.next()).value);
const deadline = Date.now() + order.timeout * 1000;
while (lags.length < order.expect * rooms.length && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
}
// process.exit() drops what a pipe has not taken yet: wait until the line is written.
await new Promise((resolve) => process.stdout.write(JSON.stringify({ lags_ns: lags.map(Math.round) }) + '\n', resolve));
for (const connection of connections) await connection.disconnect();
process.exit(0);
