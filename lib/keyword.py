"""Python's reserved words: the ``keyword`` module of pyrs (CPython 3.11's lists).

``kwlist`` holds the hard keywords and ``softkwlist`` the soft ones (names that are keywords
only in some contexts, such as ``match`` and ``case``).
"""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    "False", "None", "True",
    "and", "as", "assert", "async", "await",
    "break", "class", "continue",
    "def", "del",
    "elif", "else", "except",
    "finally", "for", "from",
    "global",
    "if", "import", "in", "is",
    "lambda",
    "nonlocal", "not",
    "or",
    "pass",
    "raise", "return",
    "try",
    "while", "with",
    "yield",
]

softkwlist = ["_", "case", "match"]

# The membership tests of frozensets are the predicates themselves (builtin methods, as in
# CPython, so ``iskeyword([])`` raises the same TypeError about an unhashable type).
iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
