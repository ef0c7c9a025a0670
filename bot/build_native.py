"""Compile the extractor with mypyc, in place: ``python -m bot.build_native`` (``make`` runs it).

What is compiled and when it is used: :mod:`bot.compiled`.
"""

from __future__ import annotations

import json
import os
import sys

from bot.compiled import GROUP, MANIFEST, PACKAGE_DIR, ROOT, digest, sources


def build() -> int:
    """Compile the modules in place with mypyc and record what was compiled; 1 with a one-line reason
    when that cannot be done (the sources keep working either way)."""
    try:
        from mypyc.build import mypycify
        from setuptools import setup
    except ImportError as exc:
        print(f"error: cannot compile the extractor: {exc} (pip install -e '.[dev]')", file=sys.stderr)
        return 1
    modules = sources()
    MANIFEST.unlink(missing_ok=True)  # trusted again only once the build below has succeeded
    os.chdir(ROOT)
    paths = [str(p.relative_to(ROOT)) for p in modules.values()]
    jobs = str(os.cpu_count() or 1)
    try:
        setup(
            name="quotebot-compiled",
            ext_modules=mypycify(paths, opt_level="3", group_name=GROUP),
            script_args=["--quiet", "build_ext", "--inplace", "--build-temp", "build/compiled", "-j", jobs],
        )
    except (SystemExit, Exception) as exc:  # setuptools reports a failed compile as SystemExit
        print(f"error: compiling the extractor failed: {exc}", file=sys.stderr)
        return 1
    MANIFEST.write_text(json.dumps({"digest": digest(modules)}) + "\n", encoding="utf-8")
    print(f"compiled {len(modules)} modules with mypyc into {PACKAGE_DIR.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(build())
