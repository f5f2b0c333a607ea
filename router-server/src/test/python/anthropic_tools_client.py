#!/usr/bin/env python3
"""A second opinion on the gateway's Anthropic Messages API: the official `anthropic` Python client drives one agent
round through /v1/messages, blocking and streamed.

The script starts its own OpenAI-protocol upstream (standard library only) that plays an agent's model: offered
tools and no tool result yet, it calls `get_weather`; given a tool result, it answers in text quoting it. It writes
a gateway configuration whose two `type: openai` models point at that upstream, starts the gateway jar on a free
port, and checks with the official client:

  - `messages.create` with `system`, `tools` and `tool_choice` gets a `tool_use` block with
    `stop_reason: "tool_use"`; sending the `tool_result` back gives the final text (`end_turn`);
  - `messages.stream` does the same round: the client reads Anthropic's event names (message_start,
    content_block_start, content_block_delta with text_delta / input_json_delta, content_block_stop,
    message_delta, message_stop) and builds the same final messages;
  - the same question again is a cache hit (header `x-semantic-router-cache: hit`), in the same shape;
  - a bad role is refused with `anthropic.BadRequestError`, Anthropic's error shape naming `messages[0].role`;
  - the gateway requires a token (`server.auth`): the client's key gets in, a wrong one gets
    `anthropic.AuthenticationError`.

Usage (from the repository root, after `mvn -q -pl router-server -am package -DskipTests`):

    python3 -m venv /tmp/anthropic-venv && /tmp/anthropic-venv/bin/pip install anthropic
    /tmp/anthropic-venv/bin/python router-server/src/test/python/anthropic_tools_client.py

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

import anthropic

UPSTREAM_MODEL = "agent-upstream-8b"
TOKEN = "sk-gateway-test-token"
QUESTION = "Should I take an umbrella for my walk in Paris this afternoon?"
WEATHER = {"sky": "rain from 15:00", "temperature_c": 14}
TOOLS = [{
    "name": "get_weather",
    "description": "The weather forecast for a city",
    "input_schema": {
        "type": "object",
        "properties": {"city": {"type": "string", "description": "the city"}},
        "required": ["city"],
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
        if call:
            text = None
        elif results:
            text = "Take an umbrella: " + " | ".join(results)
        else:
            text = "No tools were used."
        if body.get("stream"):
            self.stream(call, text)
            return
        message = {"role": "assistant", "content": text}
        if call:
            message["tool_calls"] = [call]
        self.send_json({"id": "up-1", "object": "chat.completion", "created": 1, "model": UPSTREAM_MODEL,
                        "choices": [{"index": 0, "message": message,
                                     "finish_reason": "tool_calls" if call else "stop"}],
                        "usage": {"prompt_tokens": 20, "completion_tokens": 9, "total_tokens": 29}})

    def stream(self, call, text):
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
            words = text.split(" ")
            events += [chunk({"content": w + (" " if i < len(words) - 1 else "")}) for i, w in enumerate(words)]
            events.append(chunk({}, "stop"))
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
  auth:
    tokens:
      - token_env: GATEWAY_TOKEN
        tenant: agents
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
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env=dict(os.environ, GATEWAY_TOKEN=TOKEN))
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


def ask(client, messages, stream):
    """One turn; returns the final message and, streamed, the names of the events the client read."""
    args = dict(model="auto", max_tokens=256, system="You are a helpful assistant with tools.", tools=TOOLS,
                tool_choice={"type": "auto"}, messages=messages, metadata={"user_id": "agent-7"})
    if not stream:
        return client.messages.create(**args), []
    names = []
    with client.messages.stream(**args) as s:
        for event in s:
            names.append(event.type)
        return s.get_final_message(), names


def tool_round(client, stream):
    mode = "streamed" if stream else "blocking"
    messages = [{"role": "user", "content": QUESTION}]
    first, names = ask(client, messages, stream)
    uses = [b for b in first.content if b.type == "tool_use"]
    check(first.stop_reason == "tool_use" and len(uses) == 1, f"{mode}: stop_reason tool_use with one tool_use block")
    check(uses[0].name == "get_weather" and uses[0].input == {"city": "Paris"},
          f"{mode}: the model calls get_weather with its input")
    check(first.id.startswith("msg_") and first.model == "small", f"{mode}: message id and the routed model")
    if stream:
        check(names[0] == "message_start" and "content_block_start" in names and names[-1] == "message_stop",
              f"{mode}: Anthropic's events in order ({', '.join(dict.fromkeys(names))})")

    messages += [{"role": "assistant", "content": [b.model_dump(exclude_none=True) for b in first.content]},
                 {"role": "user", "content": [{"type": "tool_result", "tool_use_id": uses[0].id,
                                               "content": [{"type": "text", "text": json.dumps(WEATHER)}]}]}]
    final, names = ask(client, messages, stream)
    text = "".join(b.text for b in final.content if b.type == "text")
    check(final.stop_reason == "end_turn" and "rain from 15:00" in text,
          f"{mode}: the tool result gives the final answer ({text!r})")
    check(final.usage.output_tokens == 9 and final.usage.input_tokens == 20, f"{mode}: usage input 20, output 9")
    if stream:
        check(names.count("content_block_delta") > 1, f"{mode}: the text came in deltas")


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
            print(f"anthropic {anthropic.__version__}, gateway {url}")
            client = anthropic.Anthropic(base_url=url, api_key=TOKEN, max_retries=0)
            tool_round(client, stream=False)
            tool_round(client, stream=True)

            plain = [{"role": "user", "content": "Which river flows through Oslo?"}]
            client.messages.create(model="auto", max_tokens=64, messages=plain)
            raw = client.messages.with_raw_response.create(model="auto", max_tokens=64, messages=plain)
            hit = raw.parse()
            check(raw.headers.get("x-semantic-router-cache") == "hit" and hit.content[0].text == "No tools were used.",
                  f"the same question again is a cache hit ({raw.headers.get('x-semantic-router-cache')}: "
                  f"{hit.content[0].text!r})")
            with client.messages.stream(model="auto", max_tokens=64, messages=plain) as s:
                check(s.get_final_text() == "No tools were used.", "a cache hit streams too")
            try:
                client.messages.create(model="auto", max_tokens=64,
                                       messages=[{"role": "system", "content": "Be brief."}])
                check(False, "a bad role is refused")
            except anthropic.BadRequestError as e:
                body = e.body if isinstance(e.body, dict) else {}
                error = body.get("error", {})
                check(e.status_code == 400 and error.get("type") == "invalid_request_error"
                      and error.get("message", "").startswith("messages[0].role:"),
                      "a bad role is refused with 400 naming messages[0].role")
            try:
                anthropic.Anthropic(base_url=url, api_key="sk-wrong", max_retries=0).messages.create(
                    model="auto", max_tokens=64, messages=plain)
                check(False, "a wrong key is refused")
            except anthropic.AuthenticationError as e:
                check(e.status_code == 401 and e.body.get("error", {}).get("type") == "authentication_error",
                      "a wrong key is refused with 401 authentication_error")
        finally:
            gateway.terminate()
            gateway.wait(timeout=30)
            upstream.shutdown()
    print("all checks passed")


if __name__ == "__main__":
    sys.exit(main())
