//! Tests of the str and bytes methods against values printed by CPython 3.11.
//!
//! The tables in `test_data.rs` were printed by a small python3 script over a grid of inputs;
//! the hand-written cases below were checked against python3 one by one.

#![allow(clippy::unwrap_used, clippy::type_complexity)]

use super::test_data::*;
use super::*;

#[test]
fn str_predicates() {
    let fns: [fn(&str) -> bool; 12] = [
        str_isalpha,
        str_isalnum,
        str_isdecimal,
        str_isdigit,
        str_isnumeric,
        str_isspace,
        str_islower,
        str_isupper,
        str_istitle,
        str_isprintable,
        str_isidentifier,
        str_isascii,
    ];
    for (s, expected) in STR_PRED {
        for (i, f) in fns.iter().enumerate() {
            assert_eq!(f(s), expected[i], "{s:?} predicate #{i}");
        }
    }
}

#[test]
fn bytes_predicates() {
    let fns: [fn(&[u8]) -> bool; 8] = [
        bytes_isalpha,
        bytes_isalnum,
        bytes_isdigit,
        bytes_isspace,
        bytes_islower,
        bytes_isupper,
        bytes_istitle,
        bytes_isascii,
    ];
    for (s, expected) in BYTES_PRED {
        for (i, f) in fns.iter().enumerate() {
            assert_eq!(f(s), expected[i], "{s:?} predicate #{i}");
        }
    }
}

#[test]
fn reprs() {
    for (s, r) in STR_REPR {
        assert_eq!(str_repr(s), *r, "{s:?}");
    }
    for (b, r) in BYTES_REPR {
        assert_eq!(bytes_repr(b, "b"), *r, "{b:?}");
    }
    assert_eq!(bytes_repr(b"a'", "bytearray(b"), "bytearray(b\"a'\"");
}

#[test]
fn splits() {
    for (s, sep, m, split, rsplit) in str_split_cases() {
        assert_eq!(
            str_split(s, sep, m).unwrap(),
            split,
            "{s:?}.split({sep:?}, {m})"
        );
        assert_eq!(
            str_rsplit(s, sep, m).unwrap(),
            rsplit,
            "{s:?}.rsplit({sep:?}, {m})"
        );
    }
    for (s, sep, m, split, rsplit) in bytes_split_cases() {
        assert_eq!(
            bytes_split(s, sep, m).unwrap(),
            split,
            "{s:?}.split({sep:?}, {m})"
        );
        assert_eq!(
            bytes_rsplit(s, sep, m).unwrap(),
            rsplit,
            "{s:?}.rsplit({sep:?}, {m})"
        );
    }
    let e = str_split("a", Some(""), -1).unwrap_err();
    assert_eq!(
        (e.kind, e.msg.as_str()),
        (crate::ErrorKind::ValueError, "empty separator")
    );
    assert!(str_rsplit("a", Some(""), -1).is_err());
    assert!(bytes_split(b"a", Some(b""), -1).is_err());
    assert!(bytes_rsplit(b"a", Some(b""), -1).is_err());
}

#[test]
fn splitlines() {
    for (s, plain, keep) in str_splitlines_cases() {
        assert_eq!(str_splitlines(s, false), plain, "{s:?}");
        assert_eq!(str_splitlines(s, true), keep, "{s:?}");
    }
    for (s, plain, keep) in bytes_splitlines_cases() {
        assert_eq!(bytes_splitlines(s, false), plain, "{s:?}");
        assert_eq!(bytes_splitlines(s, true), keep, "{s:?}");
    }
}

#[test]
fn strips() {
    for (s, chars, both, left, right) in STR_STRIP {
        assert_eq!(str_strip(s, *chars), *both, "{s:?}.strip({chars:?})");
        assert_eq!(str_lstrip(s, *chars), *left, "{s:?}.lstrip({chars:?})");
        assert_eq!(str_rstrip(s, *chars), *right, "{s:?}.rstrip({chars:?})");
    }
    for (s, chars, both, left, right) in BYTES_STRIP {
        assert_eq!(bytes_strip(s, *chars), *both, "{s:?}.strip({chars:?})");
        assert_eq!(bytes_lstrip(s, *chars), *left, "{s:?}.lstrip({chars:?})");
        assert_eq!(bytes_rstrip(s, *chars), *right, "{s:?}.rstrip({chars:?})");
    }
}

#[test]
fn partitions() {
    for (s, sep, p, rp) in STR_PARTITION {
        let got = str_partition(s, sep).unwrap();
        assert_eq!([got.0, got.1, got.2], *p, "{s:?}.partition({sep:?})");
        let got = str_rpartition(s, sep).unwrap();
        assert_eq!([got.0, got.1, got.2], *rp, "{s:?}.rpartition({sep:?})");
        let b = s.as_bytes();
        let got = bytes_partition(b, sep.as_bytes()).unwrap();
        assert_eq!([got.0, got.1, got.2], p.map(str::as_bytes));
        let got = bytes_rpartition(b, sep.as_bytes()).unwrap();
        assert_eq!([got.0, got.1, got.2], rp.map(str::as_bytes));
    }
    assert_eq!(str_partition("a", "").unwrap_err().msg, "empty separator");
    assert_eq!(
        bytes_rpartition(b"a", b"").unwrap_err().msg,
        "empty separator"
    );
}

#[test]
fn find_family() {
    for (s, sub, st, en, r, b) in STR_FIND {
        let s: &str = s;
        let ctx = format!("{s:?} {sub:?} {st:?} {en:?}");
        assert_eq!(str_find(s, sub, *st, *en), r[0], "find {ctx}");
        assert_eq!(str_rfind(s, sub, *st, *en), r[1], "rfind {ctx}");
        assert_eq!(str_count(s, sub, *st, *en), r[2], "count {ctx}");
        assert_eq!(str_startswith(s, sub, *st, *en), b[0], "startswith {ctx}");
        assert_eq!(str_endswith(s, sub, *st, *en), b[1], "endswith {ctx}");
        let idx = str_index(s, sub, *st, *en);
        if r[0] < 0 {
            assert_eq!(idx.unwrap_err().msg, "substring not found");
        } else {
            assert_eq!(idx.unwrap(), r[0]);
        }
        let ridx = str_rindex(s, sub, *st, *en);
        assert_eq!(ridx.ok(), (r[1] >= 0).then_some(r[1]));
    }
    for (s, sub, st, en, r, b) in BYTES_FIND {
        let ctx = format!("{s:?} {sub:?} {st:?} {en:?}");
        assert_eq!(bytes_find(s, sub, *st, *en), r[0], "find {ctx}");
        assert_eq!(bytes_rfind(s, sub, *st, *en), r[1], "rfind {ctx}");
        assert_eq!(bytes_count(s, sub, *st, *en), r[2], "count {ctx}");
        assert_eq!(bytes_startswith(s, sub, *st, *en), b[0], "startswith {ctx}");
        assert_eq!(bytes_endswith(s, sub, *st, *en), b[1], "endswith {ctx}");
        let idx = bytes_index(s, sub, *st, *en);
        if r[0] < 0 {
            assert_eq!(idx.unwrap_err().msg, "subsection not found");
        } else {
            assert_eq!(idx.unwrap(), r[0]);
        }
        assert_eq!(
            bytes_rindex(s, sub, *st, *en).ok(),
            (r[1] >= 0).then_some(r[1])
        );
    }
}

#[test]
fn replaces() {
    for (s, old, new, count, expected) in STR_REPLACE {
        assert_eq!(
            str_replace(s, old, new, *count).unwrap(),
            *expected,
            "{s:?} {old:?} {new:?} {count}"
        );
    }
    for (s, old, new, count, expected) in BYTES_REPLACE {
        assert_eq!(
            &*bytes_replace(s, old, new, *count).unwrap(),
            *expected,
            "{s:?} {old:?} {new:?} {count}"
        );
    }
    assert!(matches!(
        str_replace("abc", "x", "y", -1).unwrap(),
        std::borrow::Cow::Borrowed(_)
    ));
}

#[test]
fn prefixes() {
    assert_eq!(str_removeprefix("abcab", "ab"), "cab");
    assert_eq!(str_removeprefix("abc", "x"), "abc");
    assert_eq!(str_removesuffix("abcab", "ab"), "abc");
    assert_eq!(str_removesuffix("abc", ""), "abc");
    assert_eq!(bytes_removeprefix(b"abc", b"a"), b"bc");
    assert_eq!(bytes_removesuffix(b"abc", b"bc"), b"a");
}

#[test]
fn hex_and_fromhex() {
    assert_eq!(
        bytes_hex(b"abcde", Some(HexSep::Str(":")), 2).unwrap(),
        "61:6263:6465"
    );
    assert_eq!(
        bytes_hex(b"abcde", Some(HexSep::Str(":")), -2).unwrap(),
        "6162:6364:65"
    );
    assert_eq!(
        bytes_hex(b"abcde", Some(HexSep::Bytes(b"-")), 0).unwrap(),
        "6162636465"
    );
    assert_eq!(bytes_hex(b"", Some(HexSep::Str(":")), 1).unwrap(), "");
    assert_eq!(bytes_hex(b"\x00\xff", None, 1).unwrap(), "00ff");
    let msg = |r: crate::Result<String>| r.unwrap_err().msg;
    assert_eq!(
        msg(bytes_hex(b"abc", Some(HexSep::Str("\u{e9}")), 1)),
        "sep must be ASCII."
    );
    assert_eq!(
        msg(bytes_hex(b"abc", Some(HexSep::Bytes(b"\xe9")), 1)),
        "sep must be ASCII."
    );
    assert_eq!(
        msg(bytes_hex(b"abc", Some(HexSep::Str("--")), 1)),
        "sep must be length 1."
    );
    assert_eq!(
        msg(bytes_hex(b"abc", Some(HexSep::Bytes(b"")), 1)),
        "sep must be length 1."
    );
    assert_eq!(bytes_fromhex("ab cd").unwrap(), b"\xab\xcd");
    assert_eq!(bytes_fromhex(" ab\tcd\n").unwrap(), b"\xab\xcd");
    assert_eq!(bytes_fromhex("ab\x0bcd").unwrap(), b"\xab\xcd");
    let pos = |s: &str| bytes_fromhex(s).unwrap_err().msg;
    assert_eq!(
        pos("a b"),
        "non-hexadecimal number found in fromhex() arg at position 1"
    );
    assert_eq!(
        pos("abc"),
        "non-hexadecimal number found in fromhex() arg at position 3"
    );
    assert_eq!(
        pos("zz"),
        "non-hexadecimal number found in fromhex() arg at position 0"
    );
    assert_eq!(
        pos("ab c"),
        "non-hexadecimal number found in fromhex() arg at position 4"
    );
    assert_eq!(
        pos("ab\x1ccd"),
        "non-hexadecimal number found in fromhex() arg at position 2"
    );
}

#[test]
fn str_case() {
    let fns: [fn(&str) -> String; 6] = [
        str_lower,
        str_upper,
        str_casefold,
        str_capitalize,
        str_title,
        str_swapcase,
    ];
    for (s, expected) in STR_CASE {
        for (i, f) in fns.iter().enumerate() {
            assert_eq!(f(s), expected[i], "{s:?} case #{i}");
        }
    }
    assert_eq!(str_upper("\u{df}"), "SS");
    assert_eq!(str_lower("\u{391}\u{3a3}"), "\u{3b1}\u{3c2}");
}

#[test]
fn bytes_case() {
    let fns: [fn(&[u8]) -> Vec<u8>; 5] = [
        bytes_lower,
        bytes_upper,
        bytes_capitalize,
        bytes_title,
        bytes_swapcase,
    ];
    for (s, expected) in BYTES_CASE {
        for (i, f) in fns.iter().enumerate() {
            assert_eq!(f(s), expected[i], "{s:?} case #{i}");
        }
    }
}

#[test]
fn padding() {
    for (s, w, fill, expected) in STR_PAD {
        assert_eq!(
            str_center(s, *w, *fill).unwrap(),
            expected[0],
            "{s:?}.center({w})"
        );
        assert_eq!(
            str_ljust(s, *w, *fill).unwrap(),
            expected[1],
            "{s:?}.ljust({w})"
        );
        assert_eq!(
            str_rjust(s, *w, *fill).unwrap(),
            expected[2],
            "{s:?}.rjust({w})"
        );
        if s.is_ascii() && fill.is_ascii() {
            let f = *fill as u8;
            let b = s.as_bytes();
            assert_eq!(&*bytes_center(b, *w, f).unwrap(), expected[0].as_bytes());
            assert_eq!(&*bytes_ljust(b, *w, f).unwrap(), expected[1].as_bytes());
            assert_eq!(&*bytes_rjust(b, *w, f).unwrap(), expected[2].as_bytes());
        }
    }
    for (s, w, expected) in STR_ZFILL {
        assert_eq!(str_zfill(s, *w).unwrap(), *expected, "{s:?}.zfill({w})");
        if s.is_ascii() {
            assert_eq!(
                &*bytes_zfill(s.as_bytes(), *w).unwrap(),
                expected.as_bytes()
            );
        }
    }
    for (s, t, expected) in STR_EXPANDTABS {
        assert_eq!(
            str_expandtabs(s, *t).unwrap(),
            *expected,
            "{s:?}.expandtabs({t})"
        );
        if s.is_ascii() {
            assert_eq!(
                bytes_expandtabs(s.as_bytes(), *t).unwrap(),
                expected.as_bytes()
            );
        }
    }
    let e = str_center("a", 1 << 62, ' ').unwrap_err();
    assert_eq!(
        (e.kind, e.msg.as_str()),
        (crate::ErrorKind::MemoryError, "")
    );
    assert!(str_expandtabs("a\tb", 1 << 62).is_err());
    assert!(matches!(
        str_center("abc", 2, ' ').unwrap(),
        std::borrow::Cow::Borrowed(_)
    ));
}

fn codec(name: &str) -> Codec {
    Codec::lookup(name).unwrap()
}

#[test]
fn encoding() {
    for (s, enc, errors, expected) in encode_cases() {
        let shown = crate::wtf8::lossy(s);
        let got = encode(s, codec(enc), errors);
        match expected {
            Ok(v) => assert_eq!(got.unwrap(), v, "{shown:?}.encode({enc}, {errors})"),
            Err((start, end, msg)) => {
                let e = got.unwrap_err();
                assert_eq!(e.message, msg, "{shown:?}.encode({enc}, {errors})");
                if e.kind == CodecErrorKind::Encode {
                    assert_eq!(
                        (e.start, e.end, e.encoding),
                        (start, end, codec(enc).error_name())
                    );
                }
            }
        }
    }
    let e = encode("\u{e9}".as_bytes(), codec("ascii"), "strict").unwrap_err();
    assert_eq!(
        (e.kind, e.reason),
        (CodecErrorKind::Encode, "ordinal not in range(128)")
    );
    let e = encode("\u{e9}".as_bytes(), codec("ascii"), "bogus").unwrap_err();
    assert_eq!(e.kind, CodecErrorKind::UnknownErrorHandler);
}

#[test]
fn decoding() {
    for (b, enc, errors, expected) in decode_cases() {
        let got = decode(b, codec(enc), errors);
        match expected {
            Ok(v) => assert_eq!(got.unwrap(), v, "{b:?}.decode({enc}, {errors})"),
            Err((start, end, msg)) => {
                let e = got.unwrap_err();
                assert_eq!(e.message, msg, "{b:?}.decode({enc}, {errors})");
                if e.kind == CodecErrorKind::Decode {
                    assert_eq!(
                        (e.start, e.end),
                        (start, end),
                        "{b:?}.decode({enc}, {errors})"
                    );
                }
            }
        }
    }
    let e = decode(b"\xe9", codec("ascii"), "xmlcharrefreplace").unwrap_err();
    assert_eq!(e.kind, CodecErrorKind::WrongErrorHandler);
}

#[test]
fn codec_names() {
    for (name, canonical) in [
        ("utf8", "utf-8"),
        ("U8", "utf-8"),
        ("UTF_8", "utf-8"),
        (" utf-8 ", "utf-8"),
        ("utf--8", "utf-8"),
        ("cp65001", "utf-8"),
        ("Latin 1", "iso8859-1"),
        ("latin-1", "iso8859-1"),
        ("iso-8859-1", "iso8859-1"),
        ("l1", "iso8859-1"),
        ("cp819", "iso8859-1"),
        ("us-ascii", "ascii"),
        ("646", "ascii"),
        ("ANSI_X3.4-1968", "ascii"),
        ("iso_646.irv_1991", "ascii"),
    ] {
        assert_eq!(
            Codec::lookup(name).map(Codec::canonical_name),
            Some(canonical),
            "{name}"
        );
    }
    for (name, canonical) in [("UTF-16LE", "utf-16-le"), ("u32", "utf-32")] {
        assert_eq!(
            Codec::lookup(name).map(Codec::canonical_name),
            Some(canonical)
        );
    }
    for name in ["utf-8.", "u8.", "utf-7", "foo", ""] {
        assert_eq!(Codec::lookup(name), None, "{name}");
    }
    assert_eq!(unknown_encoding("foo"), "unknown encoding: foo");
}

#[test]
fn char_blocks() {
    let fns: [fn(&str) -> bool; 12] = [
        str_isalpha,
        str_isalnum,
        str_isdecimal,
        str_isdigit,
        str_isnumeric,
        str_isspace,
        str_islower,
        str_isupper,
        str_istitle,
        str_isprintable,
        str_isidentifier,
        str_isascii,
    ];
    let maps: [fn(&str) -> String; 4] = [str_lower, str_upper, str_title, str_casefold];
    let mut buf = [0u8; 4];
    for (text, bits, mapped) in CHAR_BLOCKS {
        for (i, f) in fns.iter().enumerate() {
            for (c, bit) in text.chars().zip(bits[i].bytes()) {
                let one: &str = c.encode_utf8(&mut buf);
                assert_eq!(f(one), bit == b'1', "U+{:04X} predicate #{i}", c as u32);
            }
        }
        let spaced = text.chars().map(String::from).collect::<Vec<_>>().join(" ");
        for (i, f) in maps.iter().enumerate() {
            assert_eq!(
                f(&spaced),
                mapped[i],
                "mapping #{i} of block at {:?}",
                text.chars().next()
            );
        }
    }
}
