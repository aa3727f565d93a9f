// Joins a zone through the official SignalR client, checks that a wrong ticket token is refused, and prints
// the first call it receives. Usage: node receive-call.mjs <base-url> <zone-id>
import * as signalR from "@microsoft/signalr";

const [baseUrl, zoneId] = process.argv.slice(2);
const connection = new signalR.HubConnectionBuilder()
  .withUrl(new URL("hubs/queue", baseUrl).href, { transport: signalR.HttpTransportType.WebSockets })
  .configureLogging(signalR.LogLevel.Warning)
  .build();

const giveUp = setTimeout(() => {
  console.log("TIMEOUT no call received");
  process.exit(2);
}, 45000);

connection.on("Called", async (call) => {
  console.log("CALLED " + JSON.stringify(call));
  clearTimeout(giveUp);
  await connection.stop();
  process.exit(0);
});

await connection.start();

try {
  await connection.invoke("JoinTicket", "this-is-not-the-token-of-any-ticket");
  console.log("JOINED-TICKET unexpectedly");
} catch (error) {
  console.log("REFUSED " + error.message);
}

const zone = await connection.invoke("JoinZone", zoneId);
console.log("JOINED " + JSON.stringify({ zoneId: zone.zoneId, name: zone.name, recentCalls: zone.recentCalls.length }));
