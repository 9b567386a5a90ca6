//! Checks every formatter against `grid_cases.txt`, a table of CPython 3.11 results made by `grid_cases.py`.

use num_bigint::BigInt;

use super::*;

fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x100000001b3);
    }
    h
}

/// Whether `got` is what the table's `want` field describes.
fn matches(got: &str, want: &str) -> bool {
    let Some(long) = want.strip_prefix('~') else {
        return got == want;
    };
    let mut it = long.splitn(3, ':');
    let (len, hash, prefix) = (it.next(), it.next(), it.next());
    len.and_then(|l| l.parse::<usize>().ok()) == Some(got.len())
        && hash.and_then(|h| u64::from_str_radix(h, 16).ok()) == Some(fnv(got))
        && prefix.is_some_and(|p| got.starts_with(p))
}

fn show(r: Result<String>) -> String {
    match r {
        Ok(s) => s,
        Err(e) => format!("!{:?}: {}", e.kind, e.msg),
    }
}

fn float(s: &str) -> f64 {
    s.parse().unwrap()
}

fn complex(s: &str) -> (f64, f64) {
    let (a, b) = s.split_once(',').unwrap();
    (float(a), float(b))
}

fn percent(spec: &str) -> PercentSpec {
    let (p, end) = parse_percent_spec(spec, 1).unwrap();
    assert_eq!(end, spec.len());
    p.spec
}

#[test]
fn grid_against_cpython() {
    let table = include_str!("grid_cases.txt");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in table.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let (kind, value, spec, want) = (f[0], f[1], f[2], f[3]);
        let got = match kind {
            "F" => show(
                FormatSpec::parse_for(spec, "float")
                    .and_then(|p| format_float(float(value), &p, "float")),
            ),
            "R" => float_repr(float(value)),
            "I" => {
                let v: BigInt = value.parse().unwrap();
                show(FormatSpec::parse_for(spec, "int").and_then(|p| format_int(&v, &p, "int")))
            }
            "C" => {
                let (re, im) = complex(value);
                show(
                    FormatSpec::parse_for(spec, "complex")
                        .and_then(|p| format_complex(re, im, &p, "complex")),
                )
            }
            "CR" => {
                let (re, im) = complex(value);
                complex_repr(re, im)
            }
            "S" => {
                show(FormatSpec::parse_for(spec, "str").and_then(|p| format_str(value, &p, "str")))
            }
            "PI" => show(percent_int(&value.parse().unwrap(), &percent(spec))),
            "PF" => show(percent_float(float(value), &percent(spec))),
            _ => panic!("unknown kind {kind}"),
        };
        count += 1;
        if !matches(&got, want) {
            failures.push(format!(
                "{kind} {value} {spec:?}: got {got:?} want {want:?}"
            ));
        }
    }
    assert!(count > 10000);
    assert!(
        failures.is_empty(),
        "{} of {count} failed:\n{}",
        failures.len(),
        failures[..failures.len().min(60)].join("\n")
    );
}
