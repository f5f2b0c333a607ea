"""Writes a tiny token-classification (NER) model in the layout of a Hugging Face ONNX export, for the tests of
OnnxTokenClassifier: model.onnx (inputs input_ids and attention_mask, output logits [batch, seq, labels]),
tokenizer.json (a word-level tokenizer that wraps every text in [CLS] ... [SEP], like BERT) and config.json
(id2label with BIO tags). No training: each word carries a hand-set score per label, so a word's tag never
depends on its neighbours. That is enough to test span assembly, character offsets, batching, chunking of
long texts and the mapping of labels to PII types. Run with any Python that has onnx, numpy and tokenizers:

    python make_tiny_ner.py        # writes the three files next to this script
"""
import json
import os

import numpy as np
import onnx
from onnx import TensorProto, helper
from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]

# words that are not "O": word -> label
TAGGED = {
    "alice": "B-PER", "bob": "B-PER", "carmen": "B-PER", "wang": "B-PER",
    "smith": "I-PER", "lopez": "I-PER", "wei": "I-PER",
    "paris": "B-LOC", "new": "B-LOC", "york": "I-LOC",
}
COMMON = ["[UNK]", "[PAD]", "[CLS]", "[SEP]", "lives", "in", "met", "and", "the", "my", "name", "is",
          "call", "tomorrow", "at", "office", "a", "of", "with", "to", "please", "summarise", "report", ".", ","]
words = COMMON + [w for w in TAGGED]
vocab = {w: i for i, w in enumerate(words)}

tokenizer = Tokenizer(models.WordLevel(vocab=vocab, unk_token="[UNK]"))
tokenizer.normalizer = normalizers.Lowercase()
tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
tokenizer.post_processor = processors.TemplateProcessing(
    single="[CLS] $A [SEP]", special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])])
tokenizer.save(os.path.join(HERE, "tokenizer.json"))

table = np.zeros((len(words), len(LABELS)), dtype=np.float32)
for w, i in vocab.items():
    label = TAGGED.get(w, "O")
    table[i, LABELS.index(label)] = 4.0      # a confident, deterministic tag
nodes = [
    helper.make_node("Gather", ["table", "input_ids"], ["per_token"], axis=0),          # [B, T, L]
    helper.make_node("Cast", ["attention_mask"], ["mask_f"], to=TensorProto.FLOAT),     # [B, T]
    helper.make_node("Unsqueeze", ["mask_f", "axis_last"], ["mask_3d"]),                 # [B, T, 1]
    helper.make_node("Mul", ["per_token", "mask_3d"], ["logits"]),
]
graph = helper.make_graph(
    nodes, "tiny-ner",
    inputs=[helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"])],
    outputs=[helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "seq", len(LABELS)])],
    initializer=[helper.make_tensor("table", TensorProto.FLOAT, table.shape, table.flatten().tolist()),
                 helper.make_tensor("axis_last", TensorProto.INT64, [1], [2])])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="semantic-router-tests")
model.ir_version = 8
onnx.checker.check_model(model)
onnx.save(model, os.path.join(HERE, "model.onnx"))

with open(os.path.join(HERE, "config.json"), "w") as f:
    json.dump({"architectures": ["TinyWordTagger"], "id2label": {str(i): l for i, l in enumerate(LABELS)},
               "label2id": {l: i for i, l in enumerate(LABELS)}}, f, indent=2)
print("wrote model.onnx, tokenizer.json, config.json to", HERE)
