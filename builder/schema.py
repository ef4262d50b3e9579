"""schemas/*.schema.json (the dataset contract) -> datasets.Features and row validators.

The JSON Schemas are the single source of truth: the parquet Features, the card's dataset_info and
`quotechain validate` all derive from them, and a test checks the records' rows against them.
Mapping: string -> Value("string"); integer/number -> Value(x-dtype); enum with
x-feature=class_label -> ClassLabel; array -> List; object -> struct; a nullable type -> same.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import datasets
import jsonschema

from builder.errors import SchemaError
from builder.resources import schema_dir

CONTRACTS = ("quotes", "documents")


@cache
def load_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of a contract ("quotes" or "documents")."""
    if name not in CONTRACTS:
        raise SchemaError(f"unknown contract {name!r}; known: {', '.join(CONTRACTS)}")
    path = schema_dir() / f"{name}.schema.json"
    try:
        schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise SchemaError(f"cannot read {path}: {e}") from e
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def _resolve(node: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/$defs/"):
            raise SchemaError(f"only local $defs references are supported, got {ref}")
        return _resolve(root["$defs"][ref.split("/")[-1]], root)
    if "oneOf" in node:
        options = [o for o in node["oneOf"] if o.get("type") != "null"]
        if len(options) != 1:
            raise SchemaError(f"oneOf must be one type plus null: {node}")
        return _resolve(options[0], root)
    return node


def _feature(node: dict[str, Any], root: dict[str, Any], where: str) -> Any:
    node = _resolve(node, root)
    types = node.get("type")
    kinds = [types] if isinstance(types, str) else [t for t in (types or []) if t != "null"]
    if len(kinds) != 1:
        raise SchemaError(f"{where}: needs exactly one non-null type, got {types!r}")
    kind = kinds[0]
    if kind == "string":
        if node.get("x-feature") == "class_label":
            return datasets.ClassLabel(names=list(node["enum"]))
        return datasets.Value("string")
    if kind == "integer":
        return datasets.Value(node.get("x-dtype", "int64"))
    if kind == "number":
        return datasets.Value(node.get("x-dtype", "float64"))
    if kind == "boolean":
        return datasets.Value("bool")
    if kind == "array":
        return datasets.List(_feature(node["items"], root, where + "[]"))
    if kind == "object":
        return {k: _feature(v, root, f"{where}.{k}") for k, v in node["properties"].items()}
    raise SchemaError(f"{where}: unsupported type {kind!r}")


@cache
def features(name: str) -> datasets.Features:
    """The Features of a contract, columns in the schema's property order."""
    root = load_schema(name)
    return datasets.Features({k: _feature(v, root, k) for k, v in root["properties"].items()})


@cache
def _validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(load_schema(name))


def row_problems(name: str, row: dict[str, Any]) -> list[str]:
    """Every way `row` breaks the contract (empty when it conforms)."""
    return [f"{'/'.join(map(str, e.absolute_path)) or '<row>'}: {e.message}"
            for e in _validator(name).iter_errors(row)]


def encode_row(name: str, row: dict[str, Any]) -> dict[str, Any]:
    """The row as stored in parquet (class labels as integers).

    Rows come from the records' `to_row`, already in their stored types, so only the top-level class
    labels need encoding; a contract with class labels nested deeper goes through `Features.encode_example`.
    """
    labels = _label_ids(name)
    if labels is None:
        return dict(features(name).encode_example(row))
    out = dict(row)
    for key, ids in labels.items():
        value = out.get(key)
        if isinstance(value, str):
            try:
                out[key] = ids[value]
            except KeyError:
                raise SchemaError(f"{key}: {value!r} is not one of {', '.join(ids)}") from None
        elif isinstance(value, int) and not 0 <= value < len(ids):
            raise SchemaError(f"{key}: class label {value} is out of range (0..{len(ids) - 1})")
    return out


def _has_nested_label(feature: Any) -> bool:
    if isinstance(feature, datasets.ClassLabel):
        return True
    if isinstance(feature, dict):
        return any(_has_nested_label(v) for v in feature.values())
    inner = getattr(feature, "feature", None)
    return inner is not None and _has_nested_label(inner)


@cache
def _label_ids(name: str) -> dict[str, dict[str, int]] | None:
    """Name -> id per top-level class label column; None when a class label sits deeper in the contract."""
    feats = features(name)
    if any(_has_nested_label(v) for v in feats.values() if not isinstance(v, datasets.ClassLabel)):
        return None
    return {k: {n: i for i, n in enumerate(v.names)} for k, v in feats.items() if isinstance(v, datasets.ClassLabel)}


@cache
def _labels(name: str) -> dict[str, datasets.ClassLabel]:
    return {k: v for k, v in features(name).items() if isinstance(v, datasets.ClassLabel)}


def decode_row(name: str, row: dict[str, Any]) -> dict[str, Any]:
    """A stored row back in contract form (class labels as their names)."""
    out = dict(row)
    for key, label in _labels(name).items():
        if isinstance(out.get(key), int):
            out[key] = label.int2str(out[key])
    return out
