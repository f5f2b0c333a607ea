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

import json
import os
import sys

import openai

from gateway_harness import WEATHER, Upstream, check, run

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
    run(__doc__, Upstream, checks)


def checks(url):
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


if __name__ == "__main__":
    sys.exit(main())
