"""Text wrapping and filling: pyrs's pure-Python ``textwrap`` module.

``wrap(text, width)`` breaks a paragraph into lines of at most ``width`` characters,
``fill`` joins those lines with newlines, ``shorten`` squeezes text onto one line ending
with a placeholder, ``dedent`` removes the common leading whitespace of all lines and
``indent`` adds a prefix to lines.  ``TextWrapper`` holds the options.

CPython splits text into words with a regular expression; pyrs has no ``re``, so this
module tokenizes by hand, following the same rules: runs of whitespace, words, the pieces
of hyphenated words (``well-known`` breaks after the hyphen when letters surround it),
and em-dashes written as two or more hyphens between words.  Only the regular expression
attributes of TextWrapper (``wordsep_re``, ``wordsep_simple_re``, ``sentence_end_re``) are
missing.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace that separates words.  Other Unicode spaces (such as U+00A0) are
# treated as part of words, as CPython does.
_whitespace = '\t\n\x0b\x0c\r '

# Punctuation that may precede an em-dash (besides word characters).
_WORD_PUNCT = '!"\'&.,?'


def _is_word_char(ch):
    """True for what a regular expression's ``\\w`` matches."""
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    """True for word characters that are not decimal digits."""
    return (ch.isalnum() or ch == '_') and not ch.isdecimal()


def _is_word_punct(ch):
    return ch.isalnum() or ch == '_' or ch in _WORD_PUNCT


def _dash_run_before_word(text, pos, n):
    """The end of the run of 2+ hyphens at ``pos`` when a word character follows it, else -1."""
    if pos + 1 >= n or text[pos] != '-' or text[pos + 1] != '-':
        return -1
    end = pos + 2
    while end < n and text[end] == '-':
        end += 1
    if end < n and _is_word_char(text[end]):
        return end
    return -1


def _breaks_after_hyphen(text, pos, n):
    """Whether a word may break after the hyphen at ``pos`` (as in ``long-term``).

    Two letters (or letter, hyphen, letter) must come before the hyphen and a letter
    followed by a letter (or by a hyphen and a letter) after it.
    """
    if pos >= 2 and _is_letter(text[pos - 1]):
        before = text[pos - 2]
        if not (_is_letter(before)
                or (before == '-' and pos >= 3 and _is_letter(text[pos - 3]))):
            return False
    else:
        return False
    after = pos + 1
    if after >= n or not _is_letter(text[after]):
        return False
    if after + 1 < n:
        nxt = text[after + 1]
        if _is_letter(nxt):
            return True
        return nxt == '-' and after + 2 < n and _is_letter(text[after + 2])
    return False


def _split_words(text):
    """Split ``text`` into whitespace runs and words, breaking words at hyphens."""
    ws = _whitespace
    chunks = []
    append = chunks.append
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch in ws:
            j = i + 1
            while j < n and text[j] in ws:
                j += 1
        elif ch == '-' and i > 0 and _is_word_punct(text[i - 1]) \
                and _dash_run_before_word(text, i, n) >= 0:
            # An em-dash ("--") between words is a chunk of its own.
            j = _dash_run_before_word(text, i, n)
        else:
            # The shortest run of non-whitespace that ends at a hyphen-break point, at
            # whitespace or the end of the text, or just before an em-dash.
            j = i + 1
            while True:
                if j >= n:
                    break
                nxt = text[j]
                if nxt in ws:
                    break
                if nxt == '-':
                    if _breaks_after_hyphen(text, j, n):
                        j += 1
                        break
                    if _is_word_punct(text[j - 1]) and _dash_run_before_word(text, j, n) >= 0:
                        break
                j += 1
        append(text[i:j])
        i = j
    return chunks


def _split_simple(text):
    """Split ``text`` into alternating runs of whitespace and of other characters."""
    ws = _whitespace
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        in_ws = text[i] in ws
        j = i + 1
        while j < n and (text[j] in ws) == in_ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """True when ``chunk`` ends a sentence: a lowercase letter, then . ! or ?, maybe a quote."""
    end = len(chunk)
    if end and chunk[end - 1] in '"\'':
        end -= 1
    return end >= 2 and chunk[end - 1] in '.!?' and 'a' <= chunk[end - 2] <= 'z'


class TextWrapper:
    """Object for wrapping/filling text.

    The public interface consists of the wrap() and fill() methods; the other methods are
    only there to be overridden.  Options (attributes, also keyword arguments):

    width (default 70): the maximum length of wrapped lines.
    initial_indent / subsequent_indent: strings put before the first / other lines.
    expand_tabs (default true): expand tabs to spaces (with tabsize) first.
    tabsize (default 8): the tab stops used by expand_tabs.
    replace_whitespace (default true): turn each whitespace character into a space.
    fix_sentence_endings (default false): put two spaces after sentence endings.
    break_long_words (default true): break words longer than the width.
    drop_whitespace (default true): drop whitespace at the start and end of lines.
    break_on_hyphens (default true): allow breaks after the hyphens of compound words.
    max_lines (default None): truncate to this many lines, ending with placeholder.
    placeholder (default ' [...]'): what marks truncated text.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- private methods (may be overridden by subclasses) -------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space, as configured."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks: words, pieces of words, whitespace.

        "Look, goof-ball -- use the -b option!" becomes
        'Look,', ' ', 'goof-', 'ball', ' ', '--', ' ', 'use', ' ', 'the', ' ', '-b',
        ' ', 'option!'  (with break_on_hyphens; without it, 'goof-ball' stays whole).
        """
        if self.break_on_hyphens:
            return _split_words(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        """Make the space after each sentence ending (".", "!" or "?" after a lowercase
        letter, maybe followed by a quote) two spaces, in place."""
        i = 0
        last = len(chunks) - 1
        while i < last:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long for any line: put a piece of it on the current line
        (or all of it, when long words are not broken and the line is empty).

        ``reversed_chunks`` is the stack of chunks still to place (the next one last).
        """
        space_left = 1 if width < 1 else width - cur_len
        chunk = reversed_chunks[-1]
        if self.break_long_words:
            cut = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer to break just after the last hyphen that fits, unless only
                # hyphens precede it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    cut = hyphen + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Arrange chunks into lines of at most ``self.width`` characters (greedily).

        Whitespace chunks at the start of lines (except the first) and at the end of
        lines are dropped when drop_whitespace is set.
        """
        width = self.width
        if width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % width)
        max_lines = self.max_lines
        placeholder = self.placeholder
        if max_lines is not None:
            first = self.subsequent_indent if max_lines > 1 else self.initial_indent
            if len(first) + len(placeholder.lstrip()) > width:
                raise ValueError("placeholder too large for max width")
        drop = self.drop_whitespace
        pending = chunks[::-1]      # a stack: the next chunk is the last item
        lines = []
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = width - len(indent)
            if drop and lines and pending[-1].strip() == '':
                pending.pop()
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= room:
                chunk = pending.pop()
                line.append(chunk)
                used += len(chunk)
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = 0
                for chunk in line:
                    used += len(chunk)
            if drop and line and line[-1].strip() == '':
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            if (max_lines is None or len(lines) + 1 < max_lines
                    or ((not pending or (drop and len(pending) == 1
                                         and not pending[0].strip()))
                        and used <= room)):
                lines.append(indent + ''.join(line))
                continue
            # The last allowed line, with text left over: end it with the placeholder.
            while line:
                if line[-1].strip() and used + len(placeholder) <= room:
                    line.append(placeholder)
                    lines.append(indent + ''.join(line))
                    break
                used -= len(line[-1])
                line.pop()
            else:
                previous = lines[-1].rstrip() if lines else None
                if previous is not None and len(previous) + len(placeholder) <= width:
                    lines[-1] = previous + placeholder
                else:
                    lines.append(indent + placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public interface ----------------------------------------------------------------------

    def wrap(self, text):
        """Wrap the single paragraph ``text``: a list of lines without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap the single paragraph ``text`` and return it as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines.

    Lines are at most ``width`` characters long; the keyword arguments are TextWrapper
    options.
    """
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text: its wrapped lines joined by newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate ``text`` to fit on one line of ``width`` characters.

    Whitespace runs become single spaces; if the result is too long, words are dropped
    from the end and the placeholder (default ' [...]') appended:

        >>> shorten("Hello  world!", width=12)
        'Hello world!'
        >>> shorten("Hello  world!", width=11)
        'Hello [...]'
    """
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace (spaces and tabs) from every line of ``text``.

    Lines holding only spaces and tabs are emptied and do not count when finding the common
    margin.  "  hello" and "\\thello" have no common margin.
    """
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        content = line.lstrip(' \t')
        if not content:
            if line:
                lines[i] = ''
            continue
        lead = line[:len(line) - len(content)]
        if margin is None:
            margin = lead
        elif not lead.startswith(margin):
            k = 0
            limit = min(len(margin), len(lead))
            while k < limit and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        cut = len(margin)
        for i, line in enumerate(lines):
            if line.startswith(margin):
                lines[i] = line[cut:]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add ``prefix`` to the beginning of the selected lines of ``text``.

    ``predicate(line)`` selects the lines; by default, those that do not consist solely
    of whitespace.
    """
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
