#!/usr/bin/env python3
"""Generates methods.h / methods.cpp (one struct per AMQP 0-9-1 method) from
the RabbitMQ-extended spec XML of Debian's amqp-specs package.

Usage: gen_methods.py --spec amqp0-9-1.stripped.extended.xml --out-dir DIR
Writes DIR/amqp/codec/methods.h and DIR/amqp/codec/methods.cpp, plus
DIR/amqp/codec/testing/method_samples.h (filled-in instances of every method,
for the round-trip tests only).

The XML (2013) predates some RabbitMQ extensions that every current client
knows; EXTENSIONS below adds them when the XML lacks them, with the ids and
argument lists of RabbitMQ's own amqp-rabbitmq-0.9.1.json (rabbitmq_codegen).
Standard library only.
"""

import argparse
import os
import sys
import xml.etree.ElementTree as ET

# (class name, class id, method name, method id, has content, [(field, type)])
EXTENSIONS = [
    ("connection", 10, "blocked", 60, False, [("reason", "shortstr")]),
    ("connection", 10, "unblocked", 61, False, []),
    ("connection", 10, "update-secret", 70, False, [("new-secret", "longstr"), ("reason", "shortstr")]),
    ("connection", 10, "update-secret-ok", 71, False, []),
    # access.request is obsolete but pre-0-9-1 style clients still send it;
    # RabbitMQ accepts it (and answers request-ok with ticket 1).
    ("access", 30, "request", 10, False, [("realm", "shortstr"), ("exclusive", "bit"), ("passive", "bit"),
                                          ("active", "bit"), ("write", "bit"), ("read", "bit")]),
    ("access", 30, "request-ok", 11, False, [("ticket", "short")]),
]

# Ids RabbitMQ and its clients use, checked against the XML.
RABBIT_IDS = {("exchange", "unbind-ok"): 51, ("queue", "unbind-ok"): 51, ("exchange", "bind-ok"): 31,
              ("basic", "nack"): 120, ("confirm", "select"): 10}

CPP_TYPES = {
    "octet": ("std::uint8_t", " = 0"),
    "short": ("std::uint16_t", " = 0"),
    "long": ("std::uint32_t", " = 0"),
    "longlong": ("std::uint64_t", " = 0"),
    "timestamp": ("std::uint64_t", " = 0"),
    "bit": ("bool", " = false"),
    "shortstr": ("std::string", ""),
    "longstr": ("std::string", ""),
    "table": ("FieldTable", ""),
}

# Field names that would collide with the struct's static members.
RENAMES = {"classId": "replyClassId", "methodId": "replyMethodId"}
RESERVED = {"classId", "methodId", "name", "hasContent", "encodeArgs", "decodeArgs"}
CPP_KEYWORDS = set("""alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t
char16_t char32_t class compl concept const consteval constexpr constinit const_cast continue co_await
co_return co_yield decltype default delete do double dynamic_cast else enum explicit export extern false
float for friend goto if inline int long mutable namespace new noexcept not not_eq nullptr operator or
or_eq private protected public register reinterpret_cast requires return short signed sizeof static
static_assert static_cast struct switch template this thread_local throw true try typedef typeid typename
union unsigned using virtual void volatile wchar_t while xor xor_eq""".split())


def camel(name, upper_first=False):
    parts = [p for p in name.split("-") if p]
    s = parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    return s[:1].upper() + s[1:] if upper_first else s


class Method:
    def __init__(self, cls, cid, name, mid, content, fields):
        self.cls, self.cid, self.name, self.mid, self.content = cls, cid, name, mid, content
        self.struct = camel(cls, True) + camel(name, True)
        self.wire = f"{cls}.{name}"
        self.fields = []  # (member, base type, xml name)
        for fname, ftype in fields:
            member = RENAMES.get(camel(fname), camel(fname))
            if member in RESERVED or member in CPP_KEYWORDS or ftype not in CPP_TYPES:
                sys.exit(f"gen_methods.py: cannot map field {self.wire}.{fname} ({ftype})")
            self.fields.append((member, ftype, fname))


def load(spec_path):
    root = ET.parse(spec_path).getroot()
    domains = {d.get("name"): d.get("type") for d in root.findall("domain")}
    methods = []
    for c in root.findall("class"):
        cname, cid = c.get("name"), int(c.get("index"))
        for m in c.findall("method"):
            mname, mid = m.get("name"), int(m.get("index"))
            expected = RABBIT_IDS.get((cname, mname))
            if expected is not None and expected != mid:
                print(f"gen_methods.py: {cname}.{mname} has id {mid} in the XML; "
                      f"using RabbitMQ's {expected}", file=sys.stderr)
                mid = expected
            fields = []
            for f in m.findall("field"):
                ftype = f.get("type") or domains.get(f.get("domain"))
                while ftype in domains and domains[ftype] != ftype:
                    ftype = domains[ftype]
                fields.append((f.get("name"), ftype))
            methods.append(Method(cname, cid, mname, mid, m.get("content") == "1", fields))
    have = {(m.cid, m.mid) for m in methods}
    for cname, cid, mname, mid, content, fields in EXTENSIONS:
        if (cid, mid) not in have:
            methods.append(Method(cname, cid, mname, mid, content, fields))
    methods.sort(key=lambda m: (m.cid, m.mid))
    seen = set()
    for m in methods:
        if (m.cid, m.mid) in seen:
            sys.exit(f"gen_methods.py: duplicate method id {m.cid}/{m.mid}")
        seen.add((m.cid, m.mid))
    return methods


def groups(fields):
    """Packs consecutive bits into octets (at most 8 per octet), as the spec says."""
    out = []
    for f in fields:
        if f[1] == "bit" and out and out[-1][0] == "bits" and len(out[-1][1]) < 8:
            out[-1][1].append(f)
        elif f[1] == "bit":
            out.append(("bits", [f]))
        else:
            out.append(("field", f))
    return out


def gen_header(methods, spec_path):
    o = []
    w = o.append
    w("#pragma once")
    w("// GENERATED by broker-core/amqp/codec/gen_methods.py from")
    w(f"// {os.path.basename(spec_path)} -- do not edit.")
    w("//")
    w("// One struct per AMQP 0-9-1 method (RabbitMQ dialect), in namespace")
    w("// warren::amqp. Fields are the spec's arguments in camelCase; the")
    w("// close methods' class-id/method-id are replyClassId/replyMethodId")
    w("// (classId/methodId are the struct's own ids). Short strings longer than")
    w("// 255 bytes are clipped on encode (at a UTF-8 boundary).")
    w("//")
    w("// Plain value types; no thread affinity.")
    w("")
    w('#include "amqp/codec/amqp_error.h"')
    w('#include "amqp/codec/byte_io.h"')
    w('#include "amqp/codec/frame.h"')
    w('#include "common/field_value.h"')
    w('#include "common/result.h"')
    w("")
    w("#include <cstdint>\n#include <span>\n#include <string>\n#include <string_view>\n#include <variant>")
    w("")
    w("namespace warren::amqp {")
    for m in methods:
        w("")
        w(f"/// {m.wire} ({m.cid}, {m.mid})")
        w(f"struct {m.struct} {{")
        w(f"    static constexpr std::uint16_t classId = {m.cid};")
        w(f"    static constexpr std::uint16_t methodId = {m.mid};")
        w(f'    static constexpr std::string_view name = "{m.wire}";')
        w(f"    static constexpr bool hasContent = {'true' if m.content else 'false'};")
        for member, ftype, _ in m.fields:
            t, init = CPP_TYPES[ftype]
            w(f"    {t} {member}{init};")
        w(f"    bool operator==(const {m.struct} &) const = default;")
        w("    /// Appends the arguments (no class/method ids).")
        w("    void encodeArgs(std::string &out) const;")
        w("    /// Decodes the arguments; the whole span must be used.")
        w(f"    static Result<{m.struct}, AmqpError> decodeArgs(std::span<const std::byte> args);")
        w("};")
    w("")
    w("using Method = std::variant<")
    w(",\n".join(f"    {m.struct}" for m in methods) + ">;")
    w("")
    w("struct MethodId {\n    std::uint16_t classId, methodId;\n    bool operator==(const MethodId &) const = default;\n};")
    w("MethodId methodIdOf(const Method &m);")
    w('/// "basic.publish", or "unknown".')
    w("std::string_view methodName(std::uint16_t classId, std::uint16_t methodId);")
    w("/// Decodes the payload of a method frame. Errors: payload shorter than the")
    w("/// ids -> 501 (RabbitMQ's unknown_frame); unknown class/method -> 540")
    w("/// NOT_IMPLEMENTED; arguments that do not parse -> 501 FRAME_ERROR")
    w('/// "cannot decode <<...>>" (502 for a bad field-table tag).')
    w("Result<Method, AmqpError> decodeMethod(std::span<const std::byte> payload);")
    w("/// Appends class id, method id and arguments (a method frame's payload).")
    w("void encodeMethod(const Method &m, std::string &out);")
    w("")
    w("/// Appends a whole method frame for one method struct, without a variant.")
    w("template <typename M>")
    w("void appendMethodFrame(std::string &out, std::uint16_t channel, const M &m)")
    w("{")
    w("    const std::size_t start = beginFrame(out, FrameType::Method, channel);")
    w("    appendU16(out, M::classId);")
    w("    appendU16(out, M::methodId);")
    w("    m.encodeArgs(out);")
    w("    endFrame(out, start);")
    w("}")
    w("")
    w("} // namespace warren::amqp")
    w("")
    w('#include "amqp/codec/basic_fast_path.h"')
    return "\n".join(o) + "\n"


def gen_encode(m):
    o = []
    if not m.fields:
        return [f"void {m.struct}::encodeArgs(std::string &) const {{}}"]
    o.append(f"void {m.struct}::encodeArgs(std::string &out) const")
    o.append("{")
    for kind, g in groups(m.fields):
        if kind == "bits":
            expr = " | ".join(f"({member} ? {1 << i}u : 0u)" for i, (member, _, _) in enumerate(g))
            o.append(f"    appendU8(out, static_cast<std::uint8_t>({expr}));")
            continue
        member, ftype, _ = g
        call = {"octet": "appendU8", "short": "appendU16", "long": "appendU32", "longlong": "appendU64",
                "timestamp": "appendU64", "shortstr": "appendShortStr", "longstr": "appendLongStr"}.get(ftype)
        if ftype == "table":
            o.append(f"    encodeFieldTable({member}, out);")
        else:
            o.append(f"    {call}(out, {member});")
    o.append("}")
    return o


def gen_decode(m):
    s = m.struct
    o = [f"Result<{s}, AmqpError> {s}::decodeArgs(std::span<const std::byte> args)", "{"]
    o.append("    ByteReader r(args);")
    o.append(f"    {s} m;")
    bad = "return unexpected(detail::cannotDecode(classId, methodId, args));"
    if any(f[1] == "bit" for f in m.fields):
        o.append("    std::uint8_t bits = 0;")
    for kind, g in groups(m.fields):
        if kind == "bits":
            o.append(f"    if (!r.u8(bits))\n        {bad}")
            for i, (member, _, _) in enumerate(g):
                o.append(f"    m.{member} = (bits & {1 << i}u) != 0;")
            continue
        member, ftype, _ = g
        if ftype == "table":
            o.append("    {")
            o.append("        std::size_t pos = r.pos();")
            o.append("        auto t = decodeFieldTable(args, pos);")
            o.append("        if (!t)")
            o.append("            return unexpected(detail::withMethod(t.error(), classId, methodId));")
            o.append(f"        m.{member} = std::move(t).value();")
            o.append("        r = ByteReader(args, pos);")
            o.append("    }")
            continue
        read = {"octet": "u8", "short": "u16", "long": "u32", "longlong": "u64", "timestamp": "u64",
                "shortstr": "shortStr", "longstr": "longStr"}[ftype]
        o.append(f"    if (!r.{read}(m.{member}))\n        {bad}")
        # RabbitMQ's generated decoder asserts UTF-8 on the short strings of
        # methods without content (skipped on content methods for speed).
        if ftype == "shortstr" and not m.content:
            o.append(f"    if (!detail::isValidUtf8(m.{member}))")
            o.append("        return unexpected(detail::malformedUtf8(classId, methodId));")
    o.append(f"    if (!r.atEnd())\n        {bad}")
    o.append("    return m;")
    o.append("}")
    return o


def gen_source(methods):
    o = []
    w = o.append
    w("// GENERATED by broker-core/amqp/codec/gen_methods.py -- do not edit.")
    w('#include "amqp/codec/methods.h"')
    w("")
    w('#include "amqp/codec/field_table_codec.h"')
    w('#include "amqp/codec/method_support.h"')
    w("")
    w("namespace warren::amqp {")
    for m in methods:
        w("")
        o.extend(gen_encode(m))
        w("")
        o.extend(gen_decode(m))
    w("")
    w("namespace {")
    w("constexpr std::uint32_t key(std::uint16_t c, std::uint16_t m) { return (std::uint32_t{c} << 16) | m; }")
    w("")
    w("template <typename M>")
    w("Result<Method, AmqpError> wrap(Result<M, AmqpError> &&r)")
    w("{")
    w("    if (!r)")
    w("        return unexpected(r.error());")
    w("    return Method(std::in_place_type<M>, std::move(r).value());")
    w("}")
    w("} // namespace")
    w("")
    w("MethodId methodIdOf(const Method &m)")
    w("{")
    w("    return std::visit([](const auto &x) {")
    w("        using M = std::decay_t<decltype(x)>;")
    w("        return MethodId{M::classId, M::methodId};")
    w("    }, m);")
    w("}")
    w("")
    w("std::string_view methodName(std::uint16_t classId, std::uint16_t methodId)")
    w("{")
    w("    switch (key(classId, methodId)) {")
    for m in methods:
        w(f"    case key({m.cid}, {m.mid}): return {m.struct}::name;")
    w('    default: return "unknown";')
    w("    }")
    w("}")
    w("")
    w("Result<Method, AmqpError> decodeMethod(std::span<const std::byte> payload)")
    w("{")
    w("    ByteReader r(payload);")
    w("    std::uint16_t classId = 0, methodId = 0;")
    w("    if (!r.u16(classId) || !r.u16(methodId))")
    w("        return unexpected(frameError(static_cast<std::uint8_t>(FrameType::Method), payload, \"unknown_frame\"));")
    w("    const std::span<const std::byte> args = r.rest();")
    w("    switch (key(classId, methodId)) {")
    for m in methods:
        w(f"    case key({m.cid}, {m.mid}): return wrap({m.struct}::decodeArgs(args));")
    w("    default: return unexpected(detail::unknownMethod(classId, methodId));")
    w("    }")
    w("}")
    w("")
    w("void encodeMethod(const Method &m, std::string &out)")
    w("{")
    w("    std::visit([&out](const auto &x) {")
    w("        using M = std::decay_t<decltype(x)>;")
    w("        appendU16(out, M::classId);")
    w("        appendU16(out, M::methodId);")
    w("        x.encodeArgs(out);")
    w("    }, m);")
    w("}")
    w("")
    w("} // namespace warren::amqp")
    return "\n".join(o) + "\n"


def sample_value(ftype, member, j, variant):
    if variant == 0:  # extremes
        return {"octet": "0xFF", "short": "0xFFFF", "long": "0xFFFFFFFFu", "longlong": "0xFFFFFFFFFFFFFFFFull",
                "timestamp": "0xFFFFFFFFFFFFFFFFull", "bit": "true",
                "shortstr": "std::string(255, 'x')",
                "longstr": f'std::string("\\0\\xff" "{member}", {2 + len(member)})',
                "table": 'FieldTable{{{"x-int", FieldValue(std::int32_t{-7})}, {"x-str", FieldValue("v")}, '
                         '{"x-nested", FieldValue(FieldTable{{{"deep", FieldValue(true)}}})}}}'}[ftype]
    # distinct small values, alternating bits
    return {"octet": f"{j + 1}", "short": f"{0x0102 + j}", "long": f"{0x01020304 + j}u",
            "longlong": f"{0x0102030405060708 + j}ull", "timestamp": f"{1700000000 + j}ull",
            "bit": "true" if j % 2 == 0 else "false",
            "shortstr": f'"{member}-\\xc3\\xa9"', "longstr": '""', "table": "FieldTable{}"}[ftype]


def gen_samples(methods):
    o = ["#pragma once",
         "// GENERATED by broker-core/amqp/codec/gen_methods.py -- do not edit.",
         "// Filled-in instances of every method, for codec round-trip tests only.",
         "// variant 0: extreme values, all bits set; 1: distinct small values,",
         "// alternating bits; 2: default-constructed.",
         "",
         '#include "amqp/codec/methods.h"',
         "",
         "#include <vector>",
         "",
         "namespace warren::amqp::testing {",
         "",
         "inline std::vector<Method> sampleMethods(int variant)",
         "{",
         "    std::vector<Method> out;",
         "    out.reserve(%d);" % len(methods)]
    for m in methods:
        o.append("    {")
        o.append(f"        {m.struct} m;")
        if m.fields:
            o.append("        if (variant == 0) {")
            for j, (member, ftype, _) in enumerate(m.fields):
                o.append(f"            m.{member} = {sample_value(ftype, member, j, 0)};")
            o.append("        } else if (variant == 1) {")
            for j, (member, ftype, _) in enumerate(m.fields):
                o.append(f"            m.{member} = {sample_value(ftype, member, j, 1)};")
            o.append("        }")
        o.append("        out.emplace_back(std::move(m));")
        o.append("    }")
    o += ["    return out;", "}", "", "} // namespace warren::amqp::testing", ""]
    return "\n".join(o)


def write_if_changed(path, text):
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except OSError:
        pass
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--spec", required=True)
    ap.add_argument("--out-dir", required=True)
    a = ap.parse_args()
    methods = load(a.spec)
    out = os.path.join(a.out_dir, "amqp", "codec")
    os.makedirs(out, exist_ok=True)
    write_if_changed(os.path.join(out, "methods.h"), gen_header(methods, a.spec))
    write_if_changed(os.path.join(out, "methods.cpp"), gen_source(methods))
    os.makedirs(os.path.join(out, "testing"), exist_ok=True)
    write_if_changed(os.path.join(out, "testing", "method_samples.h"), gen_samples(methods))


if __name__ == "__main__":
    main()
