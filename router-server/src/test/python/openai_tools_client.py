#!/usr/bin/env python3
"""A second opinion on the gateway's tool support: the official `openai` Python client drives one agent round
through /v1/chat/completions, blocking and streamed.

The script starts its own OpenAI-protocol upstream (standard library only) that plays an agent's model: offered
tools and no tool result yet, it calls `get_weather`; given a tool result, it answers in text quoting it. It writes
a gateway configuration whose two `type: openai` models point at that upstream, starts the gateway jar on a free
port, and checks with the official client:

  - a tool call comes back as `message.tool_calls` with `finish_reason: "tool_calls"`, blocking and streamed
    (the client accumulates the deltas);
  - sending the tool result back gives the final answer;
  - `seed`, `reasoning_effort`, `logit_bias`, `service_tier`, `modalities`, a `json_schema` response format and
    `stream_options.include_usage` are accepted (the stream ends with a usage chunk);
  - `n=2` gives two choices;
  - a bad tool name is refused with 400 naming `tools[0].function.name`.

Usage (from the repository root, after `mvn -q -pl router-server -am package -DskipTests`):

    python3 -m venv /tmp/openai-venv && /tmp/openai-venv/bin/pip install openai
    /tmp/openai-venv/bin/python router-server/src/test/python/openai_tools_client.py

Exit status 0 when every check passed.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import openai

UPSTREAM_MODEL = "agent-upstream-8b"
WEATHER = {"sky": "rain from 15:00", "temperature_c": 14}
TOOLS = [{
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather forecast for a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string", "description": "the city"}},
            "required": ["city"],
        },
    },
}]


class Upstream(BaseHTTPRequestHandler):
    """An OpenAI-protocol model that calls get_weather once, then answers with the tool's result."""

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        results = [m["content"] for m in body["messages"] if m.get("role") == "tool"]
        call = None
        if body.get("tools") and not results and body.get("tool_choice") != "none":
            call = {"id": "call_weather_1", "type": "function",
                    "function": {"name": body["tools"][0]["function"]["name"],
                                 "arguments": json.dumps({"city": "Paris"})}}
        text = None if call else "Take an umbrella: " + " | ".join(results) if results else "No tools were used."
        if body.get("stream"):
            self.stream(body, call, text)
        else:
            message = {"role": "assistant", "content": text}
            if call:
                message["tool_calls"] = [call]
            self.send_json({"id": "up-1", "object": "chat.completion", "created": 1, "model": UPSTREAM_MODEL,
                            "choices": [{"index": 0, "message": message,
                                         "finish_reason": "tool_calls" if call else "stop"}],
                            "usage": {"prompt_tokens": 20, "completion_tokens": 9, "total_tokens": 29}})

    def stream(self, body, call, text):
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()

        def chunk(delta, finish=None):
            return {"id": "up-1", "object": "chat.completion.chunk", "created": 1, "model": UPSTREAM_MODEL,
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}

        events = [chunk({"role": "assistant", "content": None})]
        if call:
            args = call["function"]["arguments"]
            events.append(chunk({"tool_calls": [{"index": 0, "id": call["id"], "type": "function",
                                                 "function": {"name": call["function"]["name"], "arguments": ""}}]}))
            events.append(chunk({"tool_calls": [{"index": 0, "function": {"arguments": args[:5]}}]}))
            events.append(chunk({"tool_calls": [{"index": 0, "function": {"arguments": args[5:]}}]}))
            events.append(chunk({}, "tool_calls"))
        else:
            events += [chunk({"content": word + " "}) for word in text.split(" ")]
            events.append(chunk({}, "stop"))
        if body.get("stream_options", {}).get("include_usage"):
            events.append({"id": "up-1", "object": "chat.completion.chunk", "created": 1, "model": UPSTREAM_MODEL,
                           "choices": [], "usage": {"prompt_tokens": 20, "completion_tokens": 9, "total_tokens": 29}})
        for e in events:
            self.wfile.write(b"data: " + json.dumps(e).encode() + b"\n\n")
        self.wfile.write(b"data: [DONE]\n\n")

    def send_json(self, obj):
        data = json.dumps(obj).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def start_gateway(jar, upstream_url, workdir):
    config = Path(workdir) / "router.yaml"
    config.write_text(f"""
server:
  host: 127.0.0.1
  port: 0
models:
  - name: small
    type: openai
    base_url: {upstream_url}
    model: {UPSTREAM_MODEL}
    max_retries: 0
  - name: strong
    type: openai
    base_url: {upstream_url}
    model: {UPSTREAM_MODEL}
    max_retries: 0
default_model: small
semantic_cache:
  enabled: true
  backend_type: memory
""")
    proc = subprocess.Popen(["java", "-jar", str(jar), "--config", str(config), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    for line in proc.stdout:
        if "Semantic Router gateway on " in line:
            url = line.split("Semantic Router gateway on ", 1)[1].split(" ", 1)[0].rstrip("/")
            threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()
            return proc, url
    proc.wait()
    raise SystemExit("the gateway did not start (exit status %s)" % proc.returncode)


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        raise SystemExit(1)


def tool_round(client, stream):
    mode = "streamed" if stream else "blocking"
    messages = [{"role": "user", "content": "Should I take an umbrella for my walk in Paris this afternoon?"}]
    extra = dict(seed=7, reasoning_effort="low", logit_bias={"50256": -100}, service_tier="auto",
                 modalities=["text"], parallel_tool_calls=False)
    if stream:
        calls, finish, usage = {}, None, None
        for chunk in client.chat.completions.create(model="auto", messages=messages, tools=TOOLS, tool_choice="auto",
                                                    stream=True, stream_options={"include_usage": True}, **extra):
            if chunk.usage:
                usage = chunk.usage
            for choice in chunk.choices:
                finish = choice.finish_reason or finish
                for d in choice.delta.tool_calls or []:
                    c = calls.setdefault(d.index, {"id": None, "name": "", "arguments": ""})
                    c["id"] = d.id or c["id"]
                    if d.function:
                        c["name"] += d.function.name or ""
                        c["arguments"] += d.function.arguments or ""
        check(finish == "tool_calls", f"{mode}: finish_reason tool_calls")
        check(usage is not None and usage.total_tokens == 29, f"{mode}: include_usage ends with a usage chunk")
        call = calls[0]
        assistant = {"role": "assistant", "content": None, "tool_calls": [{
            "id": call["id"], "type": "function", "function": {"name": call["name"], "arguments": call["arguments"]}}]}
    else:
        r = client.chat.completions.create(model="auto", messages=messages, tools=TOOLS, tool_choice="auto", **extra)
        check(r.choices[0].finish_reason == "tool_calls", f"{mode}: finish_reason tool_calls")
        tc = r.choices[0].message.tool_calls[0]
        call = {"id": tc.id, "name": tc.function.name, "arguments": tc.function.arguments}
        assistant = r.choices[0].message.model_dump(exclude_none=True)
    check(call["name"] == "get_weather" and json.loads(call["arguments"]) == {"city": "Paris"},
          f"{mode}: the model calls get_weather with its arguments")

    messages += [assistant, {"role": "tool", "tool_call_id": call["id"], "content": json.dumps(WEATHER)}]
    final = client.chat.completions.create(model="auto", messages=messages, tools=TOOLS)
    check(final.choices[0].finish_reason == "stop" and "rain from 15:00" in final.choices[0].message.content,
          f"{mode}: the tool result gives the final answer")


def main():
    root = Path(__file__).resolve().parents[4]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", default=root / "router-server" / "target" / "router-server.jar")
    args = parser.parse_args()

    upstream = ThreadingHTTPServer(("127.0.0.1", 0), Upstream)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    with tempfile.TemporaryDirectory() as workdir:
        gateway, url = start_gateway(args.jar, f"http://127.0.0.1:{upstream.server_port}/v1", workdir)
        try:
            print(f"openai {openai.__version__}, gateway {url}")
            client = openai.OpenAI(base_url=url + "/v1", api_key=os.environ.get("ROUTER_TOKEN", "unused"))
            tool_round(client, stream=False)
            tool_round(client, stream=True)
            schema = {"type": "json_schema", "json_schema": {"name": "advice", "schema": {
                "type": "object", "properties": {"umbrella": {"type": "boolean"}}, "required": ["umbrella"]}}}
            r = client.chat.completions.create(model="small", response_format=schema,
                                               messages=[{"role": "user", "content": "Umbrella in Paris today?"}])
            check(r.choices[0].finish_reason == "stop", "response_format json_schema is accepted")
            r = client.chat.completions.create(model="auto", n=2,
                                               messages=[{"role": "user", "content": "Umbrella in Paris today?"}])
            check([c.index for c in r.choices] == [0, 1] and all(c.message.content for c in r.choices),
                  "n=2 gives two choices")
            try:
                bad = [dict(TOOLS[0], function=dict(TOOLS[0]["function"], name="get weather!"))]
                client.chat.completions.create(model="auto", tools=bad,
                                               messages=[{"role": "user", "content": "Umbrella in Paris today?"}])
                check(False, "a bad tool name is refused")
            except openai.BadRequestError as e:
                body = e.body if isinstance(e.body, dict) else {}
                param = body.get("param", body.get("error", {}).get("param"))
                check(e.status_code == 400 and param == "tools[0].function.name",
                      "a bad tool name is refused with 400 naming tools[0].function.name")
        finally:
            gateway.terminate()
            gateway.wait(timeout=30)
            upstream.shutdown()
    print("all checks passed")


if __name__ == "__main__":
    sys.exit(main())
