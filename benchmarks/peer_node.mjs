// Decode throughput of the Node library tiktok-live-connector.
//
// Usage: node peer_node.mjs PACKAGE_DIR CORPUS REPETITIONS; prints one JSON line
// {"version", "messages", "events", "times"}. The corpus holds length-prefixed WebSocket frames
// (4-byte big-endian length, then the frame).
//
// The code path is the one TikTokLiveConnection runs for every WebSocket message
// (WebcastWebSocketClient.onMessage, then processProtoMessageFetchResult), minus the socket:
// deserializeWebSocketMessage (push frame, gunzip, fetch result, every message by its method)
// -> processProtoMessageFetchResult (method -> event name, derived events) -> emit to handlers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [packageDir, corpusPath, repetitions] = process.argv.slice(2);
const lib = await import(pathToFileURL(join(packageDir, 'dist', 'index.js')).href);
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

const data = readFileSync(corpusPath);
const frames = [];
for (let offset = 0; offset < data.length;) {
    const size = data.readUInt32BE(offset);
    frames.push(data.subarray(offset + 4, offset + 4 + size));
    offset += 4 + size;
}

const connection = new lib.TikTokLiveConnection('benchmark', {});
let seen = 0;
let lastUser = '';
// Like the handlers of the other libraries: count, and read who did it.
const handler = (data) => { if (data.user) lastUser = data.user.displayId; seen += 1; };
for (const name of new Set([...Object.values(lib.WebcastEventMap), 'gift', 'follow', 'share', 'barrage', 'envelope', 'controlMessage', 'streamEnd'])) {
    connection.on(name, handler);
}

let messages = 0;
const times = [];
for (let i = 0; i < Number(repetitions); i++) {
    seen = 0;
    messages = 0;
    const start = process.hrtime.bigint();
    for (const frame of frames) {
        const container = await lib.deserializeWebSocketMessage(frame);
        const result = container.protoMessageFetchResult;
        if (!result) continue;
        messages += result.messages.length;
        await connection.processProtoMessageFetchResult(result);
    }
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
}
console.log(JSON.stringify({ version, messages, events: seen, times }));
