"""Writes a tiny sequence-classification model in the layout of a Hugging Face ONNX export, for the tests of
OnnxTextClassifier: model.onnx (inputs input_ids and attention_mask, output logits), tokenizer.json (a
word-level tokenizer) and config.json (id2label). No training: every word has a hand-set 2-d vector whose
first component speaks for "jailbreak" and second for "benign"; the logits are the masked mean of the word
vectors. Run with any Python that has the onnx and tokenizers packages:

    python make_tiny_classifier.py        # writes the three files next to this script
"""
import json
import os

import numpy as np
import onnx
from onnx import TensorProto, helper
from tokenizers import Tokenizer, models, pre_tokenizers, normalizers

HERE = os.path.dirname(os.path.abspath(__file__))

# word -> (jailbreak weight, benign weight)
WORDS = {
    "[UNK]": (0.0, 0.2), "[PAD]": (0.0, 0.0),
    "ignore": (3.0, 0.0), "previous": (1.5, 0.0), "instructions": (2.0, 0.0), "unfiltered": (3.0, 0.0),
    "jailbreak": (4.0, 0.0), "rules": (1.0, 0.0), "pretend": (1.0, 0.2),
    "recipe": (0.0, 2.0), "weather": (0.0, 2.0), "please": (0.0, 1.0), "explain": (0.0, 1.5),
    "how": (0.0, 0.5), "what": (0.0, 0.5), "the": (0.0, 0.1), "a": (0.0, 0.1), "all": (0.5, 0.0),
}
vocab = {w: i for i, w in enumerate(WORDS)}

tokenizer = Tokenizer(models.WordLevel(vocab=vocab, unk_token="[UNK]"))
tokenizer.normalizer = normalizers.Lowercase()
tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
tokenizer.enable_padding(pad_id=vocab["[PAD]"], pad_token="[PAD]")
tokenizer.save(os.path.join(HERE, "tokenizer.json"))

table = np.array([WORDS[w] for w in WORDS], dtype=np.float32)  # [V, 2]
nodes = [
    helper.make_node("Gather", ["table", "input_ids"], ["vectors"], axis=0),          # [B, T, 2]
    helper.make_node("Cast", ["attention_mask"], ["mask_f"], to=TensorProto.FLOAT),   # [B, T]
    helper.make_node("Unsqueeze", ["mask_f", "axis_last"], ["mask_3d"]),               # [B, T, 1]
    helper.make_node("Mul", ["vectors", "mask_3d"], ["masked"]),
    helper.make_node("ReduceSum", ["masked", "axis_seq"], ["summed"], keepdims=0),     # [B, 2]
    helper.make_node("ReduceSum", ["mask_3d", "axis_seq"], ["count"], keepdims=0),     # [B, 1]
    helper.make_node("Max", ["count", "one"], ["count_safe"]),
    helper.make_node("Div", ["summed", "count_safe"], ["logits"]),
]
graph = helper.make_graph(
    nodes, "tiny-classifier",
    inputs=[helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"])],
    outputs=[helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", 2])],
    initializer=[helper.make_tensor("table", TensorProto.FLOAT, table.shape, table.flatten().tolist()),
                 helper.make_tensor("axis_last", TensorProto.INT64, [1], [2]),
                 helper.make_tensor("axis_seq", TensorProto.INT64, [1], [1]),
                 helper.make_tensor("one", TensorProto.FLOAT, [1], [1.0])])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="semantic-router-tests")
model.ir_version = 8
onnx.checker.check_model(model)
onnx.save(model, os.path.join(HERE, "model.onnx"))

with open(os.path.join(HERE, "config.json"), "w") as f:
    json.dump({"architectures": ["TinyWordClassifier"], "id2label": {"0": "jailbreak", "1": "benign"},
               "label2id": {"jailbreak": 0, "benign": 1}}, f, indent=2)
print("wrote model.onnx, tokenizer.json, config.json to", HERE)
