#!/usr/bin/env python3
# Generates the golden files of interp/compile's tests from CPython 3.11.
#
# Run from the repository root with CPython 3.11:
#
#     python3 interp/compile/testdata/gen_goldens.py
#
# For every program testdata/programs/NAME.py it writes
# testdata/golden/NAME.json holding
#   - "ast": the program's syntax tree as Python's ast module builds it, in
#     JSON (the tests load it into interp/syntax/ast nodes, so they do not
#     depend on the parser);
#   - "symtable": every scope of the symtable module with each symbol's
#     classification;
#   - "code": every code object the program compiles to, with its names,
#     flags and each instruction's opcode name, argument description,
#     source positions (dis.get_instructions / co_positions) and argument,
#     and its exception table in instruction indexes.
# For every snippet of testdata/errors.py (snippets are separated by lines
# "# ---") it records, in testdata/golden/errors.json, the SyntaxError that
# compile() raises for a snippet the parser accepts, and for every snippet
# of testdata/warnings.py, in testdata/golden/warnings.json, the
# SyntaxWarnings compile() gives.
# Programs whose name ends in ".eval" / ".single" compile in that mode.
#
# For every program testdata/run/NAME.py it runs CPython on it from
# interp/compile (as `python3 testdata/run/NAME.py`) and records its
# standard output, standard error and exit status in testdata/run/NAME.out,
# NAME.err and NAME.exit, for the end-to-end tests that run the compiled
# programs on gilpy's VM.
#
# With --corpus OUTDIR FILE..., it writes the same record for each FILE
# into OUTDIR instead (for local checks over large corpora such as the
# standard library; see TestCorpus).
import ast
import base64
import dis
import glob
import json
import os
import symtable
import sys
import types

assert sys.version_info[:2] == (3, 11), "needs CPython 3.11"

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "golden")

POS_ATTRS = ("lineno", "col_offset", "end_lineno", "end_col_offset")


def const_json(v):
    if v is None:
        return ["None"]
    if v is Ellipsis:
        return ["Ellipsis"]
    if isinstance(v, bool):
        return ["bool", v]
    if isinstance(v, int):
        return ["int", str(v)]
    if isinstance(v, float):
        return ["float", v.hex() if v == v and abs(v) != float("inf") else repr(v)]
    if isinstance(v, complex):
        return ["complex", const_json(v.real)[1], const_json(v.imag)[1]]
    if isinstance(v, str):
        return ["str", v]
    if isinstance(v, bytes):
        return ["bytes", base64.b64encode(v).decode()]
    if isinstance(v, tuple):
        return ["tuple"] + [const_json(x) for x in v]
    if isinstance(v, frozenset):
        return ["frozenset"] + sorted((const_json(x) for x in v), key=repr)
    raise TypeError(type(v))


def node_json(n):
    if isinstance(n, list):
        return [node_json(x) for x in n]
    if not isinstance(n, ast.AST):
        return n
    d = {"_": type(n).__name__}
    for f in n._fields:
        v = getattr(n, f, None)
        if isinstance(n, (ast.Constant, ast.MatchSingleton)) and f == "value":
            d[f] = const_json(v)
        elif isinstance(v, ast.AST) and isinstance(v, (ast.expr_context, ast.operator, ast.boolop, ast.unaryop, ast.cmpop)):
            d[f] = type(v).__name__
        elif isinstance(v, list) and v and isinstance(v[0], ast.cmpop):
            d[f] = [type(x).__name__ for x in v]
        else:
            d[f] = node_json(v)
    for a in POS_ATTRS:
        if hasattr(n, a):
            d[a] = getattr(n, a)
    return d


SYM_PREDICATES = ("referenced", "imported", "parameter", "global", "declared_global",
                  "local", "annotated", "free", "assigned", "nonlocal")


def table_json(t):
    syms = {}
    for s in t.get_symbols():
        syms[s.get_name()] = [p for p in SYM_PREDICATES if getattr(s, "is_" + p)()]
    return {
        "type": t.get_type(),
        "name": t.get_name(),
        "lineno": t.get_lineno(),
        "optimized": t.is_optimized(),
        "nested": t.is_nested(),
        "symbols": syms,
        "children": [table_json(c) for c in t.get_children()],
    }


def code_json(co, out):
    ins = []
    index = {}
    for i in dis.get_instructions(co):
        if i.opname not in ("EXTENDED_ARG", "CACHE"):
            index[i.offset] = len(index)
        if i.opname in ("EXTENDED_ARG", "CACHE"):
            continue
        p = i.positions
        arg = i.argrepr
        if isinstance(i.argval, types.CodeType):
            arg = "<code %s>" % i.argval.co_name  # no addresses: stable output
        ins.append([i.opname, arg, p.lineno, p.end_lineno, p.col_offset, p.end_col_offset, i.arg])
    out.append({
        "name": co.co_name,
        "qualname": co.co_qualname,
        "firstlineno": co.co_firstlineno,
        "flags": co.co_flags,
        "argcount": co.co_argcount,
        "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount,
        "varnames": list(co.co_varnames),
        "cellvars": list(co.co_cellvars),
        "freevars": list(co.co_freevars),
        "names": list(co.co_names),
        "consts": [const_json(c) for c in co.co_consts if not isinstance(c, types.CodeType)],
        "instrs": ins,
        "exc": exc_table(co, index),
    })
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            code_json(c, out)


def exc_table(co, index):
    """The exception table with instruction indexes (into "instrs")
    instead of byte offsets: [start, end, target, depth, lasti]."""
    offsets = sorted(index)
    def idx(off):
        for o in offsets:
            if o >= off:
                return index[o]
        return len(offsets)
    return [[idx(e.start), idx(e.end), idx(e.target), e.depth, e.lasti]
            for e in dis._parse_exception_table(co)]


def program(path, out_dir=None, base=None):
    base = base or os.path.basename(path)[:-3]
    mode = "exec"
    for m in ("eval", "single"):
        if base.endswith("." + m):
            mode = m
    with open(path, encoding="utf-8") as f:
        src = f.read()
    tree = ast.parse(src, base + ".py", mode)
    co = compile(src, base + ".py", mode, dont_inherit=True)
    codes = []
    code_json(co, codes)
    res = {"mode": mode, "ast": node_json(tree), "code": codes}
    if mode != "single":
        res["symtable"] = table_json(symtable.symtable(src, base + ".py", mode))
    try:
        text = json.dumps(res, ensure_ascii=False, indent=None, separators=(",", ":"))
        text.encode("utf-8")
    except UnicodeEncodeError:
        # Lone surrogates in string constants: JSON escapes them.
        text = json.dumps(res, ensure_ascii=True, indent=None, separators=(",", ":"))
    with open(os.path.join(out_dir or OUT, base + ".json"), "w", encoding="utf-8") as f:
        f.write(text + "\n")


def errors():
    with open(os.path.join(HERE, "errors.py"), encoding="utf-8") as f:
        snippets = f.read().split("# ---\n")
    res = []
    for src in snippets:
        if not src.strip():
            continue
        mode = "exec"
        if src.startswith("# mode: "):
            mode = src.split("\n", 1)[0][8:].strip()
        tree = ast.parse(src, "<err>", mode)
        try:
            compile(src, "<err>", mode, dont_inherit=True)
        except SyntaxError as e:
            res.append({"src": src, "mode": mode, "ast": node_json(tree), "msg": e.msg,
                        "lineno": e.lineno, "offset": e.offset, "end_lineno": e.end_lineno,
                        "end_offset": e.end_offset})
            continue
        raise SystemExit("snippet compiles without error:\n" + src)
    with open(os.path.join(OUT, "errors.json"), "w", encoding="utf-8") as f:
        json.dump(res, f, ensure_ascii=False, indent=1)
        f.write("\n")


def corpus(out_dir, files):
    """Writes the same record for arbitrary files (a local check over a
    large corpus; nothing of it is committed)."""
    import warnings
    warnings.simplefilter("ignore")
    os.makedirs(out_dir, exist_ok=True)
    n = 0
    for p in files:
        base = p.replace("/", "_").strip("_")[:-3]
        try:
            program(p, out_dir, base)
            n += 1
        except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError) as e:
            print("skip", p, type(e).__name__, e, file=sys.stderr)
    print(n, "files")


def warning_goldens():
    """The SyntaxWarnings compile() gives for each snippet of
    testdata/warnings.py (separated by "# ---" lines)."""
    import warnings
    with open(os.path.join(HERE, "warnings.py"), encoding="utf-8") as f:
        snippets = f.read().split("# ---\n")
    res = []
    for src in snippets:
        tree = ast.parse(src, "<warn>", "exec")
        with warnings.catch_warnings(record=True) as got:
            warnings.simplefilter("always")
            compile(src, "<warn>", "exec", dont_inherit=True)
        res.append({"src": src, "ast": node_json(tree),
                    "warnings": [[w.category.__name__, str(w.message), w.lineno] for w in got]})
    with open(os.path.join(OUT, "warnings.json"), "w", encoding="utf-8") as f:
        json.dump(res, f, ensure_ascii=False, indent=1)
        f.write("\n")


def run_goldens():
    import subprocess
    pkg = os.path.dirname(HERE)
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    for p in sorted(glob.glob(os.path.join(HERE, "run", "*.py"))):
        rel = os.path.relpath(p, pkg)
        r = subprocess.run([sys.executable, rel], cwd=pkg, capture_output=True, env=env, timeout=60)
        base = p[:-3]
        with open(base + ".out", "wb") as f:
            f.write(r.stdout)
        # Tracebacks name the script by its absolute path: keep it relative
        # to interp/compile, as the tests compile it.
        err = r.stderr.replace(os.path.join(pkg, "").encode(), b"")
        with open(base + ".err", "wb") as f:
            f.write(err)
        with open(base + ".exit", "w") as f:
            f.write("%d\n" % r.returncode)


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--corpus":
        return corpus(sys.argv[2], sys.argv[3:])
    run_goldens()
    os.makedirs(OUT, exist_ok=True)
    for old in glob.glob(os.path.join(OUT, "*.json")):
        os.remove(old)
    for p in sorted(glob.glob(os.path.join(HERE, "programs", "*.py"))):
        program(p)
    errors()
    warning_goldens()


if __name__ == "__main__":
    main()
