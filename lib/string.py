"""Common string constants and classes: pyrs's pure-Python ``string`` module.

* the character-class constants (``ascii_letters``, ``digits``, ``punctuation``, ...);
* ``capwords(s, sep=None)``;
* ``Template``: ``$name`` / ``${name}`` substitution (PEP 292);
* ``Formatter``: ``str.format``-style formatting built from overridable steps (``parse``,
  ``get_field``, ``get_value``, ``convert_field``, ``format_field``, ``check_unused_args``).

The format-string parser (CPython's ``_string`` helpers) is written here in Python, with
CPython's results and error messages.  ``Template`` scans templates itself for the default
placeholder syntax (any ``delimiter``); a subclass that changes ``idpattern``,
``braceidpattern``, ``flags`` or ``pattern`` needs the ``re`` module, which is then used.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

try:
    import re as _re
except Exception:        # no (working) re module: only the built-in scanner
    _re = None

# ---------------------------------------------------------------------------------------
# Constants
# ---------------------------------------------------------------------------------------

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words (with str.split(sep)), capitalize each word and join them
    back with sep (a single space when sep is None).

    With the default separator, runs of whitespace collapse into one space and leading
    and trailing whitespace disappears.
    """
    return (sep or " ").join([word.capitalize() for word in s.split(sep)])


# ---------------------------------------------------------------------------------------
# Template
# ---------------------------------------------------------------------------------------

_IDSTART = frozenset("_" + ascii_letters)
_IDCHARS = frozenset("_" + ascii_letters + digits)
_DEFAULT_IDPATTERN = r"(?a:[_a-z][_a-z0-9]*)"
_IGNORECASE = 2            # re.IGNORECASE
_VERBOSE = 64              # re.VERBOSE


class _NoMapping:
    """The default ``mapping`` argument: it means "use the keyword arguments"."""
    __slots__ = ()


_NO_MAPPING = _NoMapping()


class _ChainLookup:
    """Looks a key up in the keyword arguments first, then in the mapping."""
    __slots__ = ("first", "second")

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        for mapping in (self.first, self.second):
            try:
                return mapping[key]
            except KeyError:
                pass
        raise KeyError(key)


class Template:
    """A string with ``$``-placeholders: ``$$`` is an escaped ``$``, ``$name`` and
    ``${name}`` are replaced by ``mapping['name']`` by ``substitute`` and
    ``safe_substitute``.  Subclasses may change ``delimiter``, ``idpattern``,
    ``braceidpattern``, ``flags`` or the whole ``pattern``."""

    delimiter = "$"
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls._setup()

    @classmethod
    def _setup(cls):
        custom = ("pattern" in cls.__dict__
                  or cls.idpattern != _DEFAULT_IDPATTERN
                  or cls.braceidpattern not in (None, _DEFAULT_IDPATTERN)
                  or cls.flags != _IGNORECASE
                  or not cls.delimiter)
        # The built-in scanner handles the default placeholder syntax; anything else is
        # described by a regular expression.
        cls._scanning = not custom
        if _re is None:
            if custom:
                raise ImportError("string.Template: a custom placeholder pattern needs "
                                  "the re module")
            return
        if "pattern" in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = _re.escape(cls.delimiter)
            ident = cls.idpattern
            bident = cls.braceidpattern or cls.idpattern
            pattern = (r"%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))"
                       % (delim, delim, ident, bident))
        cls.pattern = _re.compile(pattern, cls.flags | _VERBOSE)

    def __init__(self, template):
        self.template = template

    # Each placeholder found is described by a tuple (start, end, kind, value): ``kind``
    # is "escaped", "named" (also for ${name}), "invalid" or None (a match of a custom
    # pattern that has none of the expected groups); ``value`` is the identifier for
    # "named", and for "invalid" the position where the bad placeholder starts.

    def _placeholders(self):
        if self._scanning:
            return self._scan()
        return self._regex_placeholders()

    def _scan(self):
        text = self.template
        delim = self.delimiter
        dlen = len(delim)
        n = len(text)
        pos = 0
        while True:
            start = text.find(delim, pos)
            if start < 0:
                return
            after = start + dlen
            if text.startswith(delim, after):
                pos = after + dlen
                yield (start, pos, "escaped", None)
                continue
            if after < n and text[after] in _IDSTART:
                end = after + 1
                while end < n and text[end] in _IDCHARS:
                    end += 1
                pos = end
                yield (start, end, "named", text[after:end])
                continue
            if after + 1 < n and text[after] == "{" and text[after + 1] in _IDSTART:
                end = after + 2
                while end < n and text[end] in _IDCHARS:
                    end += 1
                if end < n and text[end] == "}":
                    pos = end + 1
                    yield (start, pos, "named", text[after + 1:end])
                    continue
            pos = after
            yield (start, after, "invalid", after)

    def _regex_placeholders(self):
        for mo in self.pattern.finditer(self.template):
            named = mo.group("named") or mo.group("braced")
            if named is not None:
                yield (mo.start(), mo.end(), "named", named)
            elif mo.group("escaped") is not None:
                yield (mo.start(), mo.end(), "escaped", None)
            elif mo.group("invalid") is not None:
                yield (mo.start(), mo.end(), "invalid", mo.start("invalid"))
            else:
                yield (mo.start(), mo.end(), None, None)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _unrecognized(self):
        return ValueError("Unrecognized named group in pattern", getattr(self, "pattern", None))

    def _substitute(self, mapping, kws, safe):
        if mapping is _NO_MAPPING:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        text = self.template
        parts = []
        pos = 0
        for start, end, kind, value in self._placeholders():
            parts.append(text[pos:start])
            pos = end
            if kind == "named":
                if safe:
                    try:
                        parts.append(str(mapping[value]))
                    except KeyError:
                        parts.append(text[start:end])
                else:
                    parts.append(str(mapping[value]))
            elif kind == "escaped":
                parts.append(self.delimiter)
            elif kind == "invalid":
                if safe:
                    parts.append(text[start:end])
                else:
                    self._invalid(value)
            else:
                raise self._unrecognized()
        parts.append(text[pos:])
        return "".join(parts)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        """Return the template with every placeholder replaced by its value from the
        mapping (or the keyword arguments, which take precedence): KeyError for a
        missing name, ValueError for a malformed placeholder."""
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        """Like substitute(), but placeholders without a value, and malformed ones,
        are left as they are."""
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        """Whether the template has no malformed placeholder."""
        for start, end, kind, value in self._placeholders():
            if kind == "invalid":
                return False
            if kind is None:
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        """The names of the template's valid placeholders, in order of first use."""
        names = []
        for start, end, kind, value in self._placeholders():
            if kind == "named":
                if value not in names:
                    names.append(value)
            elif kind is None:
                raise self._unrecognized()
        return names


Template._setup()


# ---------------------------------------------------------------------------------------
# Format-string parsing (what CPython's _string module provides)
# ---------------------------------------------------------------------------------------

_MAXSIZE = 9223372036854775807


def _parse_format(s):
    """Yield (literal_text, field_name, format_spec, conversion) for each piece of the
    format string s; the last three are None for a piece without a replacement field."""
    n = len(s)
    pos = 0
    while pos < n:
        # Literal text, up to the first brace.
        i = pos
        while i < n and s[i] != "{" and s[i] != "}":
            i += 1
        if i == n:
            yield (s[pos:], None, None, None)
            return
        brace = s[i]
        if i + 1 < n and s[i + 1] == brace:
            # A doubled brace is a literal brace, which ends this piece.
            yield (s[pos:i + 1], None, None, None)
            pos = i + 2
            continue
        if brace == "}":
            raise ValueError("Single '}' encountered in format string")
        if i + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        literal = s[pos:i]
        # The field name runs to '}', ':' or '!' (not counting those inside [...]).
        j = i + 1
        start = j
        stop = None
        while j < n:
            c = s[j]
            j += 1
            if c == "[":
                while j < n and s[j] != "]":
                    j += 1
            elif c == "{":
                raise ValueError("unexpected '{' in field name")
            elif c == "}" or c == ":" or c == "!":
                stop = c
                break
        if stop is None:
            raise ValueError("expected '}' before end of string")
        name = s[start:j - 1]
        conversion = None
        if stop == "}":
            yield (literal, name, "", None)
            pos = j
            continue
        if stop == "!":
            if j >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[j]
            j += 1
            if j < n:
                c = s[j]
                j += 1
                if c == "}":
                    yield (literal, name, "", conversion)
                    pos = j
                    continue
                if c != ":":
                    raise ValueError("expected ':' after conversion specifier")
        # The format spec runs to the '}' that balances the field's '{'.
        spec_start = j
        depth = 1
        while j < n:
            c = s[j]
            j += 1
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    break
        if depth:
            raise ValueError("unmatched '{' in format spec")
        yield (literal, name, s[spec_start:j - 1], conversion)
        pos = j


def _as_index(text):
    """A field name part made of decimal digits is an int; anything else stays a str."""
    if text and text.isdecimal():
        value = int(text)
        if value > _MAXSIZE:
            raise ValueError("Too many decimal digits in format string")
        return value
    return text


def _field_rest(s, pos):
    """Yield (is_attribute, key) for the '.name' and '[key]' parts of a field name."""
    n = len(s)
    while pos < n:
        c = s[pos]
        pos += 1
        if c == ".":
            start = pos
            while pos < n and s[pos] != "." and s[pos] != "[":
                pos += 1
            if pos == start:
                raise ValueError("Empty attribute in format string")
            yield (True, s[start:pos])
        elif c == "[":
            start = pos
            while pos < n and s[pos] != "]":
                pos += 1
            if pos == n:
                raise ValueError("Missing ']' in format string")
            if pos == start:
                raise ValueError("Empty attribute in format string")
            key = _as_index(s[start:pos])
            pos += 1
            yield (False, key)
        else:
            # Only reachable right after a "[key]" part.
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _split_field_name(s):
    """(first, rest): the leading name or index of a field name, and an iterator over
    its attribute and item accesses."""
    i = 0
    n = len(s)
    while i < n and s[i] != "." and s[i] != "[":
        i += 1
    return _as_index(s[:i]), _field_rest(s, i)


# ---------------------------------------------------------------------------------------
# Formatter
# ---------------------------------------------------------------------------------------

class Formatter:
    """str.format() as a class whose steps can be overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index is the next automatic field number, or False once a field
        # has been numbered explicitly (the two styles cannot be mixed).
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        out = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                out.append(literal_text)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to "
                                     "automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to "
                                     "automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            # The spec may itself contain fields ("{:{width}}"), one level deep.
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            out.append(self.format_field(obj, format_spec))
        return "".join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier %s" % (conversion,))

    def parse(self, format_string):
        """Iterate over (literal_text, field_name, format_spec, conversion) tuples."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field name designates, and the key of the argument it uses."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
