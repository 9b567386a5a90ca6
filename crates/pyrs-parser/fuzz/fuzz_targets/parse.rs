//! Fuzz target: any bytes through every parser entry point; nothing may panic or overflow.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = pyrs_parser::parse_file_bytes(data, "<fuzz>");
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = pyrs_parser::parse_expression(text, "<fuzz>");
        let _ = pyrs_parser::parse_interactive(text, "<fuzz>");
    }
});
