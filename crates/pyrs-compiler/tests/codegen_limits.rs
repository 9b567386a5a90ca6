//! Code generation must not overflow the Rust stack on long left-leaning chains and on the
//! deepest nesting the symbol table accepts; every result passes `codegen::verify`.

fn compile_on_8mib(src: String) -> Result<(), String> {
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            let m = pyrs_parser::parse_module(&src, "<t>").map_err(|e| e.msg)?;
            // CPython's own limit would reject the longest chains (RecursionError): lift it
            // to test that code generation itself does not recurse down them.
            let limits = pyrs_compiler::Limits {
                recursion_limit: 10_000_000,
                python_depth: 0,
            };
            let code =
                pyrs_compiler::compile_with(&m, &src, "<t>", pyrs_compiler::Mode::Exec, 0, limits)
                    .map_err(|e| e.msg)?;
            pyrs_compiler::codegen::verify(&code)
        })
        .unwrap()
        .join()
        .unwrap()
}

#[test]
fn long_chains_compile() {
    let n = 100_000;
    let plus = format!("x = {}\n", vec!["a"; n].join(" + "));
    compile_on_8mib(plus).unwrap();
    let attrs = format!("x = a{}\n", ".b".repeat(n));
    compile_on_8mib(attrs).unwrap();
    let calls = format!("x = f{}\n", "()".repeat(n));
    compile_on_8mib(calls).unwrap();
    let methods = format!("x = o{}\n", ".m()".repeat(n));
    compile_on_8mib(methods).unwrap();
    let subs = format!("x = a{}\n", "[0]".repeat(n));
    compile_on_8mib(subs).unwrap();
    let bools = format!("x = {}\n", vec!["a"; n].join(" and "));
    compile_on_8mib(bools).unwrap();
    let cmps = format!("x = {}\n", vec!["a"; n].join(" < "));
    compile_on_8mib(cmps).unwrap();
    let consts = format!("x = {}\n", vec!["1"; n].join(" + "));
    compile_on_8mib(consts).unwrap();
}

#[test]
fn deepest_accepted_nesting_compiles() {
    // Just under the symbol table's RecursionError limit.
    let neg = format!("x = {}1\n", "-".repeat(2990));
    compile_on_8mib(neg).unwrap();
    let ifexp = format!("x = {}0\n", "a if b else ".repeat(1400));
    compile_on_8mib(ifexp).unwrap();
    let mut elifs = String::from("if a:\n    pass\n");
    for _ in 0..1400 {
        elifs.push_str("elif a:\n    pass\n");
    }
    compile_on_8mib(elifs).unwrap();
    let lambdas = format!("f = {}0\n", "lambda: ".repeat(1400));
    compile_on_8mib(lambdas).unwrap();
}
