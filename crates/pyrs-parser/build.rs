//! Build script: generates the LALRPOP parser from `src/grammar.lalrpop`.
fn main() {
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .process()
        .expect("LALRPOP grammar failed to build");
}
