#!/usr/bin/env python3
"""Generates the Kafka message codec (one C++ struct per request/response
body, with version-aware encode/decode) from schema/kafka_messages.py.

Usage: gen_messages.py --schema schema/kafka_messages.py --out-dir DIR
Writes DIR/kafka/codec/messages.h, DIR/kafka/codec/messages.cpp and
DIR/kafka/codec/testing/message_samples.h (filled-in instances of every
message at every version, for the round-trip tests only).
Standard library only.
"""

import argparse
import importlib.util
import os
import sys

SCALARS = {
    "int8": ("std::int8_t", "i8"),
    "int16": ("std::int16_t", "i16"),
    "int32": ("std::int32_t", "i32"),
    "int64": ("std::int64_t", "i64"),
    "bool": ("bool", "boolean"),
}
ARRAY_ELEMS = {"[]int32": "std::int32_t", "[]int64": "std::int64_t", "[]string": "std::string"}


def parse_range(text):
    if text is None:
        return None
    if text.endswith("+"):
        return int(text[:-1]), 10**6
    if "-" in text:
        lo, hi = text.split("-")
        return int(lo), int(hi)
    return int(text), int(text)


class Ctx:
    def __init__(self, api):
        self.api = api
        self.lo, self.hi = api.min_version, api.max_version

    def present(self, rng):
        """C++ condition on `v` for a version range, '' if always within ours, None if never."""
        lo, hi = rng
        lo2, hi2 = max(lo, self.lo), min(hi, self.hi)
        if lo2 > hi2:
            return None
        parts = []
        if lo2 > self.lo:
            parts.append(f"v >= {lo2}")
        if hi2 < self.hi:
            parts.append(f"v <= {hi2}")
        return " && ".join(parts)

    def nullable_somewhere(self, f):
        if f.nullable is None:
            return False
        lo, hi = parse_range(f.nullable)
        flo, fhi = parse_range(f.versions)
        return max(lo, flo, self.lo) <= min(hi, fhi, self.hi)

    def in_range(self, rng, v):
        return rng[0] <= v <= rng[1]


def cpp_type(ctx, f, owner):
    opt = ctx.nullable_somewhere(f)
    if f.type in SCALARS:
        t = SCALARS[f.type][0]
    elif f.type in ("string", "bytes"):
        t = "std::string"
    elif f.type == "records":
        return "RecordSet"
    elif f.type in ARRAY_ELEMS:
        t = f"std::vector<{ARRAY_ELEMS[f.type]}>"
    elif f.fields is not None:
        t = f"std::vector<{f.struct}>"
    else:
        sys.exit(f"gen_messages.py: unknown type {f.type} in {owner}.{f.name}")
    return f"std::optional<{t}>" if opt else t


def cpp_default(ctx, f, t):
    if f.type in SCALARS:
        if f.default is not None:
            return f" = {f.default}"
        return " = false" if f.type == "bool" else " = 0"
    if t.startswith("std::optional"):
        inner = t[len("std::optional<"):-1]
        return "" if f.default == "null" else f" = {inner}{{}}"
    return ""


def emit_struct(ctx, name, fields, indent, out):
    pad = "    " * indent
    out.append(f"{pad}struct {name} {{")
    for f in fields:
        if f.fields is not None:
            emit_struct(ctx, f.struct, f.fields, indent + 1, out)
    for f in fields:
        if ctx.present(parse_range(f.versions)) is None:
            continue
        t = cpp_type(ctx, f, name)
        note = f"  // v{f.versions}" + (f", nullable v{f.nullable}" if f.nullable else "")
        out.append(f"{pad}    {t} {f.name}{cpp_default(ctx, f, t)};{note}")
    out.append(f"{pad}    bool operator==(const {name} &) const = default;")
    out.append(f"{pad}}};")


def nullable_cond(ctx, f):
    """C++ expression: is null allowed on the wire at version v."""
    if f.nullable is None:
        return "false"
    c = ctx.present(parse_range(f.nullable))
    if c is None:
        return "false"
    return "true" if c == "" else f"({c})"


def enc_fields(ctx, fields, var, out, pad, qual):
    for f in fields:
        cond = ctx.present(parse_range(f.versions))
        if cond is None:
            continue
        body = []
        val = f"{var}.{f.name}"
        opt = ctx.nullable_somewhere(f)
        nul = nullable_cond(ctx, f)
        if f.type in SCALARS:
            body.append(f"w.{SCALARS[f.type][1]}({val});")
        elif f.type == "string":
            body.append(f"w.nullableString({val}, flex, {nul});" if opt else f"w.string({val}, flex);")
        elif f.type == "bytes":
            body.append(f"w.nullableBytes({val}, flex, {nul});" if opt else f"w.bytes({val}, flex);")
        elif f.type == "records":
            body.append(f"w.records({val}, flex);")
        else:
            elem_fn = None
            if f.type in ARRAY_ELEMS:
                et = f.type[2:]
                elem_fn = {"int32": "w.i32(e);", "int64": "w.i64(e);", "string": "w.string(e, flex);"}[et]
            else:
                elem_fn = f"encode{f.struct}(w, e, v);"
            src = f"(*{val})" if opt else val
            if opt:
                body.append(f"if (!{val} && {nul}) {{")
                body.append("    w.nullArray(flex);")
                body.append(f"}} else if (!{val}) {{")
                body.append("    w.arrayLength(0, flex);")
                body.append("} else {")
                inner = "    "
            else:
                inner = ""
            body.append(f"{inner}w.arrayLength({src}.size(), flex);")
            body.append(f"{inner}for (const auto &e : {src})")
            body.append(f"{inner}    {elem_fn}")
            if opt:
                body.append("}")
        if cond:
            out.append(f"{pad}if ({cond}) {{")
            out.extend(f"{pad}    {b}" for b in body)
            out.append(f"{pad}}}")
        else:
            out.extend(f"{pad}{b}" for b in body)
    out.append(f"{pad}if (flex)")
    out.append(f"{pad}    w.emptyTaggedFields();")


def dec_fields(ctx, fields, var, out, pad):
    for f in fields:
        cond = ctx.present(parse_range(f.versions))
        if cond is None:
            continue
        body = []
        val = f"{var}.{f.name}"
        opt = ctx.nullable_somewhere(f)
        nul = nullable_cond(ctx, f)
        if f.type in SCALARS:
            body.append(f"if (!r.{SCALARS[f.type][1]}({val})) return false;")
        elif f.type == "string":
            body.append(f"if (!r.nullableString({val}, flex, {nul})) return false;" if opt
                        else f"if (!r.string({val}, flex)) return false;")
        elif f.type == "bytes":
            body.append(f"if (!r.nullableBytes({val}, flex, {nul})) return false;" if opt
                        else f"if (!r.bytes({val}, flex)) return false;")
        elif f.type == "records":
            body.append(f"if (!r.records({val}, flex, {nul})) return false;")
        else:
            if f.type in ARRAY_ELEMS:
                et = f.type[2:]
                rd = {"int32": "r.i32(e)", "int64": "r.i64(e)", "string": "r.string(e, flex)"}[et]
            else:
                rd = f"decode{f.struct}(r, e, v)"
            body.append("{")
            body.append("    std::int32_t n = 0;")
            body.append("    bool isNull = false;")
            body.append(f"    if (!r.arrayLength(n, isNull, flex, {nul})) return false;")
            tgt = "dst"
            if opt:
                body.append("    if (isNull) {")
                body.append(f"        {val}.reset();")
                body.append("    } else {")
                body.append(f"        auto &dst = {val}.emplace();")
                ip = "        "
            else:
                body.append(f"    auto &dst = {val};")
                ip = "    "
            body.append(f"{ip}dst.clear();")
            body.append(f"{ip}for (std::int32_t i = 0; i < n; ++i) {{")
            body.append(f"{ip}    typename std::remove_reference_t<decltype(dst)>::value_type e{{}};")
            body.append(f"{ip}    if (!{rd}) return false;")
            body.append(f"{ip}    {tgt}.push_back(std::move(e));")
            body.append(f"{ip}}}")
            if opt:
                body.append("    }")
            body.append("}")
        if cond:
            out.append(f"{pad}if ({cond}) {{")
            out.extend(f"{pad}    {b}" for b in body)
            out.append(f"{pad}}}")
        else:
            out.extend(f"{pad}{b}" for b in body)
    out.append(f"{pad}if (flex && !r.skipTaggedFields()) return false;")
    out.append(f"{pad}return true;")


def flex_expr(api):
    return "false" if api.flexible is None else f"v >= {api.flexible}"


def emit_struct_codecs(ctx, msg, qual, fields, out_decl, out):
    """Static encode/decode helpers for nested structs (depth first)."""
    for f in fields:
        if f.fields is None or ctx.present(parse_range(f.versions)) is None:
            continue
        q = f"{qual}::{f.struct}"
        emit_struct_codecs(ctx, msg, q, f.fields, out_decl, out)
        out.append(f"void encode{f.struct}(Writer &w, const {q} &m, std::int16_t v)")
        out.append("{")
        out.append(f"    const bool flex = {flex_expr(ctx.api)};")
        out.append("    (void)flex;")
        enc_fields(ctx, f.fields, "m", out, "    ", q)
        out.append("}")
        out.append("")
        out.append(f"bool decode{f.struct}(Reader &r, {q} &m, std::int16_t v)")
        out.append("{")
        out.append(f"    const bool flex = {flex_expr(ctx.api)};")
        out.append("    (void)flex;")
        dec_fields(ctx, f.fields, "m", out, "    ")
        out.append("}")
        out.append("")


# ---------------------------------------------------------------- samples

def sample_fields(ctx, fields, var, out, pad, depth):
    for idx, f in enumerate(fields):
        cond = ctx.present(parse_range(f.versions))
        if cond is None:
            continue
        body = []
        val = f"{var}.{f.name}"
        opt = ctx.nullable_somewhere(f)
        nul = nullable_cond(ctx, f)
        seed = f"(variant * 7 + {idx + 1} + v * 3 + {depth * 11})"
        if f.type in SCALARS:
            ct = SCALARS[f.type][0]
            if f.type == "bool":
                body.append(f"{val} = (({seed}) % 2) == 0;")
            elif f.type == "int64":
                body.append(f"{val} = static_cast<std::int64_t>({seed}) * 1000000007LL - 5;")
            else:
                body.append(f"{val} = static_cast<{ct}>({seed} * 3 - 2);")
        elif f.type in ("string", "bytes"):
            text = f"std::string(\"{f.name}-\") + std::to_string({seed})"
            if f.type == "bytes":
                text += " + std::string(\"\\0\\xff\", 2)"
            if opt:
                body.append(f"if (variant == 1 && {nul}) {val}.reset(); else {val} = {text};")
            else:
                body.append(f"{val} = variant == 1 ? std::string() : {text};")
        elif f.type == "records":
            body.append(f"{val} = variant == 1 ? RecordSet{{}} : RecordSet{{sampleRecordBytes()}};")
        else:
            if f.type in ARRAY_ELEMS:
                et = f.type[2:]
                if et == "string":
                    fill = ["dst = {std::string(\"a\"), std::string(), std::string(\"\\xc3\\xa9t\\xc3\\xa9\")};"]
                elif et == "int32":
                    fill = [f"dst = {{1, -1, {seed}}};"]
                else:
                    fill = [f"dst = {{std::int64_t(1) << 40, -1, {seed}}};"]
            else:
                q = f.struct
                fill = ["dst.resize(variant == 1 ? 1 : 2);",
                        "for (auto &e : dst) {"]
                inner = []
                sample_fields(ctx, f.fields, "e", inner, "    ", depth + 1)
                fill += inner + ["}"]
            if opt:
                body.append(f"if (variant == 1 && {nul}) {{")
                body.append(f"    {val}.reset();")
                body.append("} else {")
                body.append(f"    auto &dst = {val}.emplace();")
                body += ["    " + x for x in fill]
                body.append("}")
            else:
                body.append("{")
                body.append(f"    auto &dst = {val};")
                body += ["    " + x for x in fill]
                body.append("}")
        if cond:
            out.append(f"{pad}if ({cond}) {{")
            out.extend(f"{pad}    {b}" for b in body)
            out.append(f"{pad}}}")
        else:
            out.extend(f"{pad}{b}" for b in body)


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--schema", required=True)
    ap.add_argument("--out-dir", required=True)
    args = ap.parse_args()
    spec = importlib.util.spec_from_file_location("kafka_messages", args.schema)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    apis = sorted(mod.APIS, key=lambda a: a.key)

    h = ["// Generated by gen_messages.py from schema/kafka_messages.py. Do not edit.",
         "#pragma once", "",
         '#include "kafka/codec/wire.h"', "",
         "#include <array>", "#include <cstdint>", "#include <optional>", "#include <string>",
         "#include <string_view>", "#include <vector>", "",
         "namespace warren::kafka {", ""]
    cpp = ["// Generated by gen_messages.py from schema/kafka_messages.py. Do not edit.", "#include <type_traits>",
           '#include "kafka/codec/messages.h"', "", "#include <utility>", "",
           "namespace warren::kafka {", ""]
    samples = ["// Generated by gen_messages.py: sample values of every message, tests only.",
               "#pragma once", "", '#include "kafka/codec/messages.h"', "",
               "#include <string>", "",
               "namespace warren::kafka::testing {", "",
               "/// A stand-in record set (not a valid batch: the codec treats it as opaque).",
               "inline std::span<const std::byte> sampleRecordBytes()",
               "{",
               "    static const unsigned char raw[] = {0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 3, 0xde, 0xad, 0xbe};",
               "    return std::as_bytes(std::span(raw));",
               "}", ""]

    desc = []
    for api in apis:
        ctx = Ctx(api)
        flex = api.flexible if api.flexible is not None else -1
        desc.append(f"    ApiDescriptor{{{api.key}, \"{api.name}\", {api.min_version}, {api.max_version}, {flex}}},")
        for kind, fields in (("Request", api.request), ("Response", api.response)):
            name = api.name + kind
            h.append(f"/// {api.name} {kind.lower()} body (api key {api.key}), versions {api.min_version}-{api.max_version}.")
            body = []
            emit_struct(ctx, name, fields, 0, body)
            # Static members after the opening line.
            body.insert(1, f"    static constexpr std::int16_t kApiKey = {api.key};")
            body.insert(2, f"    static constexpr std::int16_t kMinVersion = {api.min_version};")
            body.insert(3, f"    static constexpr std::int16_t kMaxVersion = {api.max_version};")
            body.insert(4, f"    static constexpr std::int16_t kFirstFlexibleVersion = {flex}; // -1: none")
            body.insert(5, f"    static constexpr bool kIsRequest = {'true' if kind == 'Request' else 'false'};")
            body.insert(6, f"    static constexpr std::string_view kName = \"{name}\";")
            h.extend(body)
            h.append(f"void encodeBody(Writer &w, const {name} &m, std::int16_t version);")
            h.append(f"/// `m` must be default-constructed: fields absent at `version` keep their defaults.")
            h.append(f"bool decodeBody(Reader &r, {name} &m, std::int16_t version);")
            h.append("")
            cpp.append("namespace {")
            emit_struct_codecs(ctx, name, name, fields, None, cpp)
            cpp.append("} // namespace")
            cpp.append("")
            cpp.append(f"void encodeBody(Writer &w, const {name} &m, std::int16_t v)")
            cpp.append("{")
            cpp.append(f"    const bool flex = {flex_expr(api)};")
            cpp.append("    (void)flex;")
            enc_fields(ctx, fields, "m", cpp, "    ", name)
            cpp.append("}")
            cpp.append("")
            cpp.append(f"bool decodeBody(Reader &r, {name} &m, std::int16_t v)")
            cpp.append("{")
            cpp.append(f"    const bool flex = {flex_expr(api)};")
            cpp.append("    (void)flex;")
            dec_fields(ctx, fields, "m", cpp, "    ")
            cpp.append("}")
            cpp.append("")
            samples.append(f"inline void fillSample({name} &m, std::int16_t v, int variant)")
            samples.append("{")
            samples.append("    (void)v;")
            samples.append("    (void)variant;")
            samples_body = []
            sample_fields(ctx, fields, "m", samples_body, "    ", 0)
            samples.extend(samples_body)
            samples.append("}")
            samples.append("")

    h.append("struct ApiDescriptor {")
    h.append("    std::int16_t key;")
    h.append("    std::string_view name;")
    h.append("    std::int16_t minVersion;")
    h.append("    std::int16_t maxVersion;")
    h.append("    std::int16_t firstFlexibleVersion; // in Apache Kafka; -1: never flexible")
    h.append("};")
    h.append("")
    h.append("/// Every API the codec knows, by key: Warren's supported range and Kafka's first flexible version.")
    h.append(f"inline constexpr std::array<ApiDescriptor, {len(apis)}> kApiDescriptors{{{{")
    h.extend(desc)
    h.append("}};")
    h.append("")
    for kind in ("Request", "Response"):
        h.append(f"/// Calls f.template operator()<M>() with the {kind.lower()} body type of `apiKey`;")
        h.append("/// false (f not called) for an unknown key.")
        h.append("template <typename F>")
        h.append(f"bool with{kind}Type(std::int16_t apiKey, F &&f)")
        h.append("{")
        h.append("    switch (apiKey) {")
        for api in apis:
            h.append(f"    case {api.key}: f.template operator()<{api.name}{kind}>(); return true;")
        h.append("    default: return false;")
        h.append("    }")
        h.append("}")
        h.append("")
    h.append("} // namespace warren::kafka")
    cpp.append("} // namespace warren::kafka")
    samples.append("} // namespace warren::kafka::testing")

    for rel, lines in (("kafka/codec/messages.h", h), ("kafka/codec/messages.cpp", cpp),
                       ("kafka/codec/testing/message_samples.h", samples)):
        path = os.path.join(args.out_dir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        text = "\n".join(lines) + "\n"
        try:
            with open(path) as fh:
                if fh.read() == text:
                    continue
        except OSError:
            pass
        with open(path, "w") as fh:
            fh.write(text)


if __name__ == "__main__":
    main()
