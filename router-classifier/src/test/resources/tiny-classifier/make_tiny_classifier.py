"""Writes tiny sequence-classification models in the layout of a Hugging Face ONNX export, for the tests of
OnnxTextClassifier and OnnxCategoryClassifier: model.onnx (inputs input_ids and attention_mask, output logits),
tokenizer.json (a word-level tokenizer) and config.json (id2label). No training: every word has a hand-set
vector with one component per label; the logits are the masked mean of the word vectors.

- tiny-classifier (next to this script): labels jailbreak, benign;
- tiny-topics (beside it): labels cooking, coding, travel.

Run with any Python that has the onnx and tokenizers packages (pip install onnx tokenizers):

    python make_tiny_classifier.py        # writes both models
"""
import json
import os

import numpy as np
import onnx
from onnx import TensorProto, helper
from tokenizers import Tokenizer, models, pre_tokenizers, normalizers

HERE = os.path.dirname(os.path.abspath(__file__))

# word -> one weight per label
JAILBREAK_WORDS = {
    "[UNK]": (0.0, 0.2), "[PAD]": (0.0, 0.0),
    "ignore": (3.0, 0.0), "previous": (1.5, 0.0), "instructions": (2.0, 0.0), "unfiltered": (3.0, 0.0),
    "jailbreak": (4.0, 0.0), "rules": (1.0, 0.0), "pretend": (1.0, 0.2),
    "recipe": (0.0, 2.0), "weather": (0.0, 2.0), "please": (0.0, 1.0), "explain": (0.0, 1.5),
    "how": (0.0, 0.5), "what": (0.0, 0.5), "the": (0.0, 0.1), "a": (0.0, 0.1), "all": (0.5, 0.0),
}
TOPIC_WORDS = {
    "[UNK]": (0.0, 0.0, 0.0), "[PAD]": (0.0, 0.0, 0.0),
    "bake": (3.0, 0.0, 0.0), "oven": (2.5, 0.0, 0.0), "recipe": (3.0, 0.0, 0.0), "soup": (2.5, 0.0, 0.0),
    "boil": (2.5, 0.0, 0.0), "egg": (2.0, 0.0, 0.0),
    "python": (0.0, 3.0, 0.0), "java": (0.0, 2.0, 1.0), "compile": (0.0, 3.0, 0.0), "function": (0.0, 2.5, 0.0),
    "bug": (0.0, 2.5, 0.0), "list": (0.2, 1.5, 0.0),
    "flight": (0.0, 0.0, 3.0), "visa": (0.0, 0.0, 3.0), "hotel": (0.0, 0.0, 2.5), "trip": (0.0, 0.0, 2.5),
    "island": (0.0, 0.0, 1.5),
    "how": (0.3, 0.3, 0.3), "do": (0.1, 0.1, 0.1), "i": (0.1, 0.1, 0.1), "a": (0.1, 0.1, 0.1),
}


def write(directory, words, labels, name):
    """Writes model.onnx, tokenizer.json and config.json for `words` (word -> weights, one per label)."""
    os.makedirs(directory, exist_ok=True)
    vocab = {w: i for i, w in enumerate(words)}
    tokenizer = Tokenizer(models.WordLevel(vocab=vocab, unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.Lowercase()
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer.enable_padding(pad_id=vocab["[PAD]"], pad_token="[PAD]")
    tokenizer.save(os.path.join(directory, "tokenizer.json"))

    k = len(labels)
    table = np.array([words[w] for w in words], dtype=np.float32)  # [V, k]
    nodes = [
        helper.make_node("Gather", ["table", "input_ids"], ["vectors"], axis=0),          # [B, T, k]
        helper.make_node("Cast", ["attention_mask"], ["mask_f"], to=TensorProto.FLOAT),   # [B, T]
        helper.make_node("Unsqueeze", ["mask_f", "axis_last"], ["mask_3d"]),               # [B, T, 1]
        helper.make_node("Mul", ["vectors", "mask_3d"], ["masked"]),
        helper.make_node("ReduceSum", ["masked", "axis_seq"], ["summed"], keepdims=0),     # [B, k]
        helper.make_node("ReduceSum", ["mask_3d", "axis_seq"], ["count"], keepdims=0),     # [B, 1]
        helper.make_node("Max", ["count", "one"], ["count_safe"]),
        helper.make_node("Div", ["summed", "count_safe"], ["logits"]),
    ]
    graph = helper.make_graph(
        nodes, name,
        inputs=[helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
                helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"])],
        outputs=[helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", k])],
        initializer=[helper.make_tensor("table", TensorProto.FLOAT, table.shape, table.flatten().tolist()),
                     helper.make_tensor("axis_last", TensorProto.INT64, [1], [2]),
                     helper.make_tensor("axis_seq", TensorProto.INT64, [1], [1]),
                     helper.make_tensor("one", TensorProto.FLOAT, [1], [1.0])])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="semantic-router-tests")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(directory, "model.onnx"))

    with open(os.path.join(directory, "config.json"), "w") as f:
        json.dump({"architectures": ["TinyWordClassifier"], "id2label": {str(i): l for i, l in enumerate(labels)},
                   "label2id": {l: i for i, l in enumerate(labels)}}, f, indent=2)
    print("wrote model.onnx, tokenizer.json, config.json to", directory)


write(HERE, JAILBREAK_WORDS, ["jailbreak", "benign"], "tiny-classifier")
write(os.path.join(os.path.dirname(HERE), "tiny-topics"), TOPIC_WORDS, ["cooking", "coding", "travel"], "tiny-topics")
