# json.tool's main(): the layouts, JSON Lines, output files and the exit
# message of invalid input.
import io
import json.tool
import os
import sys
import tempfile

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "in.json")
dst = os.path.join(tmp, "out.json")
lines = os.path.join(tmp, "in.jsonl")
with open(src, "w", encoding="utf-8") as f:
    f.write('{"b": [1, 2, {"c": null}], "a": "caf\u00e9", "e": {}}')
with open(lines, "w", encoding="utf-8") as f:
    f.write('{"x": 1}\n[true, false]\n"text"\n')


class Capture(io.StringIO):
    """Standard output for one run: main() closes its output stream when
    done, so keep the text when it does."""

    def close(self):
        self.text = self.getvalue()
        super().close()


real_stdout = sys.stdout


def run(*args):
    sys.argv = ["json.tool", *args]
    sys.stdout = out = Capture()
    try:
        json.tool.main()
    except SystemExit as e:
        print("SystemExit:", e.code, file=real_stdout)
    finally:
        sys.stdout = real_stdout
    print(out.text if out.closed else out.getvalue(), end="")


run(src)
run("--sort-keys", src)
run("--indent", "2", src)
run("--tab", src)
run("--no-indent", src)
run("--compact", "--sort-keys", src)
run("--no-ensure-ascii", "--compact", src)
run("--json-lines", "--compact", lines)
run(src, dst)
with open(dst, encoding="utf-8") as f:
    print(f.read(), end="")
with open(src, "w", encoding="utf-8") as f:
    f.write('{"a": 1,}')
run(src)
with open(src, "w", encoding="utf-8") as f:
    f.write('[1] [2]')
run(src)
os.remove(src)
os.remove(dst)
os.remove(lines)
os.rmdir(tmp)
