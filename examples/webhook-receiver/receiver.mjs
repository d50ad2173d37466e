// A tiny OpenPOR webhook receiver: verifies each request's Standard Webhooks signature, then handles it.
// Run: WEBHOOK_SECRET=whsec_… PORT=4000 node receiver.mjs   (npm install standardwebhooks)
import { createServer } from "node:http"
import { Webhook } from "standardwebhooks"

const webhook = new Webhook(process.env.WEBHOOK_SECRET) // the secret shown when the endpoint was created
const seen = new Set() // webhook-id values already handled: delivery is at least once

createServer((req, res) => {
  let body = ""
  req.on("data", (chunk) => (body += chunk))
  req.on("end", () => {
    let event
    try {
      event = webhook.verify(body, req.headers) // checks webhook-id, webhook-timestamp, webhook-signature
    } catch {
      return res.writeHead(401).end("bad signature")
    }
    if (!seen.has(req.headers["webhook-id"])) {
      seen.add(req.headers["webhook-id"])
      console.log(JSON.stringify({ accepted: event.type, id: event.id, data: event.data }))
    }
    res.writeHead(204).end()
  })
}).listen(Number(process.env.PORT ?? 4000), "127.0.0.1", () => console.log("listening"))
