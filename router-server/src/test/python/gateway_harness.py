"""What the official-client scripts of this directory share: a stand-in OpenAI-protocol upstream, the gateway jar
started on a free port in front of it, and the check() that reports each finding.

The upstream (standard library only) plays an agent's model: offered tools and no tool result yet, it calls the
first tool with {"city": "Paris"}; given a tool result, it answers in text quoting it; otherwise it answers
"No tools were used.". It answers blocking or streamed.

Used by `anthropic_tools_client.py` and `openai_tools_client.py` (run as scripts from the repository root, so this
directory is first on the import path).
"""

import argparse
import json
import os
import subprocess
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

UPSTREAM_MODEL = "agent-upstream-8b"
WEATHER = {"sky": "rain from 15:00", "temperature_c": 14}
USAGE = {"prompt_tokens": 20, "completion_tokens": 9, "total_tokens": 29}


class Upstream(BaseHTTPRequestHandler):
    """An OpenAI-protocol model that calls the first offered tool once, then answers with the tool's result.

    Subclasses set how a stream ends: `always_usage` sends the usage chunk even when the request did not ask for
    it (`stream_options.include_usage`); `space_after_last_word` puts a space after every streamed word, the last
    one too."""

    always_usage = False
    space_after_last_word = True

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
            self.stream(body, call, text)
            return
        message = {"role": "assistant", "content": text}
        if call:
            message["tool_calls"] = [call]
        self.send_json({"id": "up-1", "object": "chat.completion", "created": 1, "model": UPSTREAM_MODEL,
                        "choices": [{"index": 0, "message": message,
                                     "finish_reason": "tool_calls" if call else "stop"}],
                        "usage": USAGE})

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
            words = text.split(" ")
            last = len(words) - 1
            events += [chunk({"content": w + (" " if i < last or self.space_after_last_word else "")})
                       for i, w in enumerate(words)]
            events.append(chunk({}, "stop"))
        if self.always_usage or body.get("stream_options", {}).get("include_usage"):
            events.append({"id": "up-1", "object": "chat.completion.chunk", "created": 1, "model": UPSTREAM_MODEL,
                           "choices": [], "usage": USAGE})
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


def start_gateway(jar, upstream_url, workdir, server_extra="", env=None):
    """Writes a configuration with two `type: openai` models on `upstream_url` and an in-memory cache (plus
    `server_extra`, indented lines under `server:`), starts the jar on a free port and returns (process, url)."""
    config = Path(workdir) / "router.yaml"
    config.write_text(f"""
server:
  host: 127.0.0.1
  port: 0
{server_extra}models:
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
                            env=dict(os.environ, **(env or {})))
    for line in proc.stdout:
        if "Semantic Router gateway on " in line:
            url = line.split("Semantic Router gateway on ", 1)[1].split(" ", 1)[0].rstrip("/")
            threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()
            return proc, url
    proc.wait()
    raise SystemExit("the gateway did not start (exit status %s)" % proc.returncode)


def check(condition, what):
    """Prints the finding; exits with status 1 on the first that fails."""
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        raise SystemExit(1)


def run(doc, upstream_class, checks, server_extra="", env=None):
    """The whole script: reads --jar, starts the upstream and the gateway, calls checks(url), stops both."""
    root = Path(__file__).resolve().parents[4]
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--jar", default=root / "router-server" / "target" / "router-server.jar")
    args = parser.parse_args()

    upstream = ThreadingHTTPServer(("127.0.0.1", 0), upstream_class)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    with tempfile.TemporaryDirectory() as workdir:
        gateway, url = start_gateway(args.jar, f"http://127.0.0.1:{upstream.server_port}/v1", workdir,
                                     server_extra, env)
        try:
            checks(url)
        finally:
            gateway.terminate()
            gateway.wait(timeout=30)
            upstream.shutdown()
    print("all checks passed")
