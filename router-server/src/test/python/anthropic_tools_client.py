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

import json
import sys

import anthropic

import gateway_harness
from gateway_harness import WEATHER, check, run

TOKEN = "sk-gateway-test-token"
QUESTION = "Should I take an umbrella for my walk in Paris this afternoon?"
TOOLS = [{
    "name": "get_weather",
    "description": "The weather forecast for a city",
    "input_schema": {
        "type": "object",
        "properties": {"city": {"type": "string", "description": "the city"}},
        "required": ["city"],
    },
}]
AUTH = """  auth:
    tokens:
      - token_env: GATEWAY_TOKEN
        tenant: agents
"""


class Upstream(gateway_harness.Upstream):
    """The shared upstream; its streams always end with usage and have no space after the last word."""

    always_usage = True
    space_after_last_word = False


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
    run(__doc__, Upstream, checks, server_extra=AUTH, env={"GATEWAY_TOKEN": TOKEN})


def checks(url):
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


if __name__ == "__main__":
    sys.exit(main())
